import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { findDateline, findTitle, splitSentences } from '../../src/stages/split-sentences.js';

const split = (text: string) => {
  const doc = splitSentences(normalizeText(createDoc('t', text), {}), {});
  return { doc, sentences: doc.sentences.map((s) => text.slice(s.start, s.end)) };
};

describe('splitSentences', () => {
  const rows: [string, string[], string][] = [
    ['Talks ended. Both sides left.', ['Talks ended.', 'Both sides left.'], 'two plain sentences'],
    ['Rome and Kyiv sign pact\nThe deal was signed on Monday.', ['Rome and Kyiv sign pact', 'The deal was signed on Monday.'], 'a headline line is its own sentence'],
    ['DOHA, March 4 (Wirescan) \u2014 Qatar hosted talks. They ended.', ['DOHA, March 4 (Wirescan) \u2014', 'Qatar hosted talks.', 'They ended.'], 'a dateline is its own sentence'],
    ['Pact signed\nTOKYO \u2014 Japan agreed.', ['Pact signed', 'TOKYO \u2014', 'Japan agreed.'], 'an all-caps dateline with no date'],
    ['Dr. Amara Obi met U.S. officials on Feb. 13. Talks went on.', ['Dr. Amara Obi met U.S. officials on Feb. 13.', 'Talks went on.'], 'abbreviations do not end sentences'],
    ['First para.\r\n\r\nSecond para.', ['First para.', 'Second para.'], 'Windows line endings'],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(split(text).sentences).toEqual(expected);
  });

  it('gives every token its offsets, POS and sentence', () => {
    const text = 'Italy\u2019s envoy left.\nHe returned.';
    const { doc } = split(text);
    for (const t of doc.tokens) expect(doc.norm.slice(t.start, t.end).trim()).not.toBe('');
    expect(doc.tokens.map((t) => text.slice(t.start, t.end))).toContain('envoy');
    expect(doc.tokens.find((t) => text.slice(t.start, t.end) === 'He')!.sentence).toBe(1);
    expect(doc.tokens.find((t) => text.slice(t.start, t.end) === 'Italy')!.pos).toBe('PROPN');
  });
});

describe('splitSentences: each token\'s text and lower case are the characters at its offsets', () => {
  // A token's strings come from wink's lexicon, one per word, when wink read the text itself and its tokens stand
  // where counted; otherwise (a long run broken for wink) they are sliced from the text. Either way they must be the
  // text at the token's offsets. (Both give the same strings by design; only their cost differs.)
  const rows: [string, string][] = [
    ['plain words, some repeated in other cases', 'MAY may May. The deal, THE DEAL, the Deal: Kyiv\'s and KYIV\'S.'],
    ['contractions wink splits', "I CAN'T go. We cannot stop, Y'ALL said."],
    ['a run longer than wink is given whole (broken for wink only: the sliced strings)', `Talks ${'Al-'.repeat(60)}Nasser ended. Italy signed.`],
    ['odd spaces (folded to plain spaces before wink reads the text)', 'Talks began.\u2000 President Joe Biden met Italy\'s premier.'],
    ['a byte-order mark and no-break spaces (folded too)', '\uFEFFMr.\u00A0Obi met\u00A0Ruto in NAIROBI.'],
  ];
  it.each(rows)('%s', (_, text) => {
    const { doc } = split(text);
    expect(doc.tokens.length).toBeGreaterThan(3);
    for (const t of doc.tokens) {
      expect(t.text).toBe(doc.norm.slice(t.start, t.end));
      expect(t.lower).toBe(t.text.toLowerCase());
    }
  });
  it('the same words read in another article keep their own case', () => {
    split('NATO and Nato and nato.');
    expect(split('nato, NATO, Nato').doc.tokens.map((t) => [t.text, t.lower])).toEqual([
      ['nato', 'nato'], [',', ','], ['NATO', 'nato'], [',', ','], ['Nato', 'nato'],
    ]);
  });
});

describe('splitSentences reads each article as if it were the first', () => {
  // wink-nlp keeps every new word it meets; unchecked, "Friday's" learnt whole from "Friday's." in one
  // article stops "Friday's" being split into "Friday" + "'s" in every later article.
  const tokensOf = (text: string) => split(text).doc.tokens.map((t) => text.slice(t.start, t.end));
  const rows: [string, string, string][] = [
    ['a possessive learnt whole before a full stop', 'Stocks fell as much as Zorvatek\'s.', 'Buyers waited for Zorvatek\'s results.'],
  ];
  it.each(rows)('%s', (_, before, text) => {
    const fresh = tokensOf(text);
    tokensOf(before);
    expect(tokensOf(text)).toEqual(fresh);
  });
  it('after the same word was learnt whole, the possessive is still split off, as in a fresh process', () => {
    expect(tokensOf('Buyers waited for Zorvatek\'s results.')).toContain("'s");
  });
});

describe('findTitle', () => {
  const rows: [string, string | null, string][] = [
    ['Italy and Ukraine sign pact\nBody text here.', 'Italy and Ukraine sign pact', 'a short first line'],
    ['  Spaced headline  \nBody.', 'Spaced headline', 'surrounding space trimmed'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    const span = findTitle(text);
    expect(span && text.slice(span.start, span.end)).toBe(expected);
  });
  const negatives: [string, string][] = [
    ['One paragraph only, no line break.', 'no second line'],
    ['This first line ends like a sentence.\nMore text.', 'ends with a period'],
    ['President Biden said: "We will sign the deal."\nMore text.', 'ends with a period inside closing quotes'],
    ['The envoy left (for good).\nMore text.', 'ends with a period before a bracket'],
    ['TOKYO - Japan agreed to talks\nMore.', 'a dateline, not a headline'],
    ['Headline\n   \n', 'nothing after it'],
  ];
  it.each(negatives)('no title in %j (%s)', (text) => {
    expect(findTitle(text)).toBeNull();
  });
});

describe('splitSentences: a body with no headline line (ctx.bodyOnly, an HTML page\'s text)', () => {
  const titleOf = (text: string, bodyOnly: boolean) => {
    const ctx = { bodyOnly };
    const doc = splitSentences(normalizeText(createDoc('t', text), ctx), ctx);
    return doc.title && text.slice(doc.title.start, doc.title.end);
  };
  const text = 'Kenyan President William Ruto hosts Tanzanian leader Samia Suluhu Hassan\n\nThe two signed a rail deal.';
  it('the first paragraph, short and with no full stop, is no headline: it is the body\'s first sentence', () => {
    expect(titleOf(text, true)).toBeNull();
    expect(split(text).sentences[0]).toBe('Kenyan President William Ruto hosts Tanzanian leader Samia Suluhu Hassan');
  });
  it('without the flag (a text article) the same line is the headline, as before', () => {
    expect(titleOf(text, false)).toBe('Kenyan President William Ruto hosts Tanzanian leader Samia Suluhu Hassan');
  });
});

describe('findDateline', () => {
  const rows: [string, string, string | null][] = [
    ['DOHA, March 4 (Wirescan) - Qatar said', 'DOHA, March 4 (Wirescan) -', 'March 4'],
    ['Brussels, 18 October 2024 - The EU', 'Brussels, 18 October 2024 -', '18 October 2024'],
    ['NEW DELHI, Feb. 13, 2025 - India', 'NEW DELHI, Feb. 13, 2025 -', 'Feb. 13, 2025'],
    ['TOKYO - Japan', 'TOKYO -', null],
    ['WASHINGTON (Wirescan) - The', 'WASHINGTON (Wirescan) -', null],
  ];
  it.each(rows)('%j', (text, span, date) => {
    const found = findDateline(text, 0)!;
    expect(text.slice(found.span.start, found.span.end)).toBe(span);
    expect(found.date && text.slice(found.date.start, found.date.end)).toBe(date);
  });
  const negatives: [string, string][] = [
    ['Officials - including envoys - met.', 'a title-case word without a date is not a place'],
    ['The talks - long delayed - resumed.', 'an ordinary sentence with dashes'],
  ];
  it.each(negatives)('no dateline in %j (%s)', (text) => {
    expect(findDateline(text, 0)).toBeNull();
  });
});
