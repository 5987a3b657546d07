import { describe, expect, it } from 'vitest';
import { extract, extractAll, isFailure, type ArticleInput, type InputFailure } from '../src/index.js';

const inputs: (ArticleInput | InputFailure)[] = [
  { id: 'a', text: 'Kenya and Ethiopia signed a trade deal on Monday.', date: '2024-03-06' },
  { id: 'b', error: 'binary data (NUL bytes): not a text article' },
  { id: 'c', text: 'Chile said talks ended.', date: 'not-a-date' },
  { id: 'd', text: 'Peru and Bolivia met.' },
];

describe('extractAll', () => {
  it('yields one result per input, in order, a failure in its place', async () => {
    const out = [];
    for await (const item of extractAll(inputs)) out.push(item);
    expect(out.map((r) => [r.id, isFailure(r)])).toEqual([['a', false], ['b', true], ['c', true], ['d', false]]);
    expect((out[2] as InputFailure).error).toMatch(/invalid date "not-a-date"/);
  });
  it("uses each input's own date, unless the batch sets one", async () => {
    const dates = async (options = {}) => {
      const out = [];
      for await (const r of extractAll([inputs[0], inputs[3]], options)) if (!isFailure(r)) out.push([r.date, r.dateSource]);
      return out;
    };
    expect(await dates()).toEqual([['2024-03-06', 'input'], [null, null]]);
    expect(await dates({ date: '2024-01-01' })).toEqual([['2024-01-01', 'option'], ['2024-01-01', 'option']]);
  });
  it('formatted: each record already as its JSON line and CSV rows', async () => {
    for await (const r of extractAll([inputs[0]], { formatted: true })) {
      if (isFailure(r)) throw new Error(r.error);
      expect(JSON.parse(String(r.json))).toEqual(extract((inputs[0] as ArticleInput).text, { id: 'a', date: '2024-03-06', dateSource: 'input' }));
      expect(String(r.mentionsCsv)).toMatch(/^a,country,KE,Kenya,Kenya,0,5,0,KE$/m);
    }
  });
});

describe('extract', () => {
  it('drops a leading byte-order mark; offsets are into the text without it', () => {
    const r = extract('\ufeffKenya signed.');
    expect(r.countries[0].mentions[0]).toMatchObject({ start: 0, end: 5, text: 'Kenya' });
  });
  it('refuses a date that is not a calendar date (negative)', () => {
    expect(() => extract('Kenya signed.', { date: '2024-02-30' })).toThrow(/invalid date "2024-02-30"/);
  });
  it('finds nothing in text with no entities: empty lists, not errors', () => {
    expect(extract('the weather was mild and nothing happened')).toMatchObject({ people: [], countries: [], dates: [], agreements: [] });
  });
});
