import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { readWords } from '../../src/stages/people/read-words.js';
import { mayEndTitle, readTitle } from '../../src/stages/people/read-title.js';
import { findRuns } from '../../src/stages/people/find-runs.js';
import { mayNameAlone, readRun } from '../../src/stages/people/read-name.js';

const wordsOf = (text: string) => readWords(splitSentences(normalizeText(createDoc('t', text), {}), {}));

// The cheap look that lets the name reading pass over most words: it must say yes wherever a title phrase ends.
describe('mayEndTitle: every title phrase ends in a word it accepts', () => {
  const texts = [
    'Deputy Prime Minister Ana Brnabic met Foreign Minister Ivica Dacic.',
    'the Minister of State for Foreign Affairs, Tarek Mitri, spoke; spokesman Sean McCormack, Sheikh Khalid and Mr. Smith did not.',
    'former Secretary-General Kofi Annan and Lt. Gen. Ray Odierno joined the Secretary General and the Prime Minister-designate.',
    'a researcher at the institute, Dr. Ana Lopez, told the head coach and the foreign minister.',
  ];
  it.each(texts)('%s', (text) => {
    const words = wordsOf(text);
    let phrases = 0;
    for (let at = 0; at < words.length; at++) {
      for (let limit = at + 1; limit <= words.length; limit++) {
        const phrase = readTitle(words, at, limit, true);
        if (!phrase) continue;
        phrases++;
        expect(mayEndTitle(words[phrase.to - 1]), words[phrase.to - 1].text).toBe(true);
      }
    }
    expect(phrases).toBeGreaterThan(0);
  });

  const rows: [string, boolean][] = [
    ['minister', true], ['Minister', true], ['spokesman', true], ['Mr.', true], ['Sheikh', true], ['Secretary-General', true],
    ['Affairs', true], ['London', false], ['the', false], ['said', false], [',', false], ['Smith', false],
  ];
  it.each(rows)('%s -> %s', (word, expected) => {
    expect(mayEndTitle(wordsOf(word)[0])).toBe(expected);
  });
});

// The look that passes lone words over must never turn away one the whole reading takes.
describe('mayNameAlone: a lone word it turns away is never a name to the whole reading', () => {
  const lone = ['Smith', 'Zelensky', 'London', 'Police', 'However', 'Sheikh', 'Bush', 'Mr.', 'May', 'De', 'Chen', 'Texas', 'Reuters', 'Jordan'];
  const frames = [
    (w: string) => `${w} said on Monday that talks would go on.`,
    (w: string) => `Talks went on, ${w} said.`,
    (w: string) => `The foreign minister, ${w}, said talks would go on.`,
    (w: string) => `Spokesman ${w} said talks would go on.`,
    (w: string) => `Talks in ${w} went on.`,
    (w: string) => `${w}, a researcher at the institute, said so.`,
    (w: string) => `The ${w} administration said no.`,
    (w: string) => `According to ${w}, talks went on.`,
    (w: string) => `"We will go on," ${w} told reporters.`,
    (w: string) => `The minister met ${w} in the capital, and ${w} left.`,
  ];
  const texts = [...lone.flatMap((w) => frames.map((f) => f(w))), ...readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('fixtures', f), 'utf8'))];
  it('over every lone-word run of the fixtures and of a word-by-frame table', () => {
    let turnedAway = 0;
    let taken = 0;
    for (const text of texts) {
      const doc = splitSentences(normalizeText(createDoc('t', text), {}), {});
      const words = readWords(doc);
      for (const run of findRuns(words, doc.norm, () => false)) {
        if (run.to - run.from !== 1) continue;
        const full = readRun(doc, words, run);
        if (full) taken++;
        if (mayNameAlone(words, run.from)) continue;
        turnedAway++;
        expect(full, `${words[run.from].text} in ${JSON.stringify(text.slice(0, 80))}`).toBeNull();
      }
    }
    expect(turnedAway).toBeGreaterThan(50);
    expect(taken).toBeGreaterThan(20);
  });
});
