import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestMatching, isRealnewsFolder, nameKey, occurrences, scoreRealnews, statusAccepted, valueAccepted, type RealnewsDoc } from '../../src/eval/score-realnews.js';
import { extract } from '../../src/extract.js';
import { tempDir } from '../temp-dir.js';

describe('realnews scoring rules', () => {
  it.each([
    ['José Álvarez', 'jose alvarez', 'accents and case ignored'],
    ["O'Neill", 'o neill', 'punctuation ignored'],
    ['  Kim   Jong-un ', 'kim jong un', 'spaces collapsed'],
  ])('nameKey(%j) = %j (%s)', (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ['signed', 'agreed', true], ['signed', 'signed', true], ['in_force', 'ratified', true], ['negotiating', 'proposed', true],
    ['suspended', 'ended', true], ['ended', 'ended', true], ['unknown', null, true],
    ['signed', 'proposed', false], ['proposed', 'negotiating', false], ['ended', 'suspended', false], ['signed', null, false], ['unknown', 'signed', false],
  ] as const)('status: gold %s accepts %s -> %s', (gold, ours, ok) => expect(statusAccepted(gold, ours)).toBe(ok));

  it.each([
    ['2020-04-05', '2020-04-05TMO', true], ['2019-W46', '2019-W46-WE', true], ['1987', '1987', true],
    ['1987', '1987-H2', false], ['2020-04', '2020-04-05', false], ['2020', null, false],
  ] as const)('value: gold %s accepts %s -> %s', (gold, ours, ok) => expect(valueAccepted(gold, ours)).toBe(ok));

  it('finds whole-word occurrences only', () => {
    expect(occurrences('May 5: the Mayor met in May.', 'May')).toEqual([{ start: 0, end: 3 }, { start: 24, end: 27 }]);
  });

  it('matches one to one, the most pairs (a greedy first choice would lose one)', () => {
    // gold 0 fits predicted 0 and 1; gold 1 fits only predicted 0.
    const fits = (g: number, p: number) => (g === 0 ? true : p === 0);
    expect([...bestMatching(2, 2, fits).entries()].sort()).toEqual([[0, 1], [1, 0]]);
    expect(bestMatching(1, 0, () => true).size).toBe(0);
  });

  it('tells a realnews folder from other folders with a gold.json (negative: no article per key)', () => {
    const dir = tempDir('realnews-');
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ 'a1': {} }));
    expect(isRealnewsFolder(dir)).toBe(false);
    writeFileSync(join(dir, 'a1.txt'), 'Text.');
    expect(isRealnewsFolder(dir)).toBe(true);
  });
});

describe('scoreRealnews on one article', () => {
  const text = 'Peru and Chile sign trade deal\n\nLIMA, May 3 - Peruvian President Ana Ruiz and Chile signed a trade deal on Friday. Ruiz said the pact would help.';
  const doc: RealnewsDoc = {
    id: 'x', text,
    gold: {
      date: '2024-05-03',
      people: [{ name: 'Ana Ruiz', aliases: ['Ruiz'], country: 'PE' }, { name: 'Tomas Vidal', aliases: [], country: null }],
      countries: ['PE', 'CL'],
      dates: [{ text: 'May 3', value: '2024-05-03' }, { text: 'on Friday', value: '2024-05-03' }],
      agreements: [{ text: 'a trade deal', parties: ['PE', 'CL'], status: 'signed', date: '2024-05-03', legallyBinding: null }],
    },
  };
  const { tallies, mismatches } = scoreRealnews(doc, extract(text, { date: '2024-05-03' }));
  it('people: one found, one missed, her country right', () => {
    expect(tallies.people).toMatchObject({ gold: 2, correctGold: 1 });
    expect(tallies['people.country']).toMatchObject({ gold: 1, correctGold: 1 });
    expect(mismatches).toContain('x person     missed: Tomas Vidal');
  });
  it('countries as a set, dates with values, the agreement and its facts', () => {
    expect(tallies.countries).toEqual({ gold: 2, predicted: 2, correctGold: 2, correctPredicted: 2 });
    expect(tallies.dates).toMatchObject({ gold: 2, correctGold: 2 });
    expect(tallies['dates.value']).toMatchObject({ correctGold: 2 });
    expect(tallies.agreements).toMatchObject({ gold: 1, correctGold: 1 });
    expect(tallies['agreements.parties']).toMatchObject({ gold: 1, correctGold: 1 });
    expect(tallies['agreements.legallyBinding'].gold).toBe(0);
  });
});
