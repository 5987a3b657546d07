import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { readWords } from '../../src/stages/people/read-words.js';
import { mayEndTitle, readTitle } from '../../src/stages/people/read-title.js';

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
