import type { Doc, Mention } from '../../doc.js';
import { firstEndingAfter } from '../../doc.js';
import { upperFirst } from '../../text-case.js';

/** A word: tokens joined across hyphens with no space ("long-term", "U.S.-brokered"), with its last POS tag. */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased text of the word, from `doc.norm`. */
  lower: string;
  /** Whether the word's first letter is upper case. */
  capital: boolean;
  pos: string;
  sentence: number;
}

/** A sentence's words, and the other taggers' mentions inside it. */
export interface SentenceWords {
  index: number;
  /** Index of its paragraph (a line of the text). */
  paragraph: number;
  words: Word[];
  mentions: Mention[];
}

const LETTER = /\p{L}/u;
const STOP_OR_HYPHEN = /[.-]/;

/** The index of the first word that ends after `offset` (a binary search), or -1 when none does. */
export function wordIndexAfter(words: Word[], offset: number): number {
  const i = firstEndingAfter(words, offset);
  return i < words.length ? i : -1;
}

/** The words of each sentence, with the mentions earlier taggers proposed there. */
export function buildWords(doc: Doc): SentenceWords[] {
  let paragraph = 0;
  const out: SentenceWords[] = doc.sentences.map((span, index) => {
    if (index > 0 && doc.norm.slice(doc.sentences[index - 1].end, span.start).includes('\n')) paragraph++;
    return { index, paragraph, words: [], mentions: [] };
  });
  let prev: Word | null = null;
  const { tokens, norm } = doc;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n];
    const { text } = t;
    // A full stop inside a word ("Canadian-U.S.", which the tokenizer splits "U", ".", "S.") joins it, as does what follows it.
    const glued = prev && prev.end === t.start && prev.sentence === t.sentence &&
      (text === '-' || norm[prev.end - 1] === '-' ||
        (text === '.' && tokens[n + 1]?.start === t.end && LETTER.test(norm[t.end])) ||
        (norm[prev.end - 1] === '.' && LETTER.test(text[0]) && STOP_OR_HYPHEN.test(prev.lower.slice(0, -1))));
    if (glued && prev) {
      prev.end = t.end;
      prev.lower = doc.norm.slice(prev.start, t.end).toLowerCase();
      if (text !== '-') prev.pos = t.pos;
      continue;
    }
    if (t.sentence < 0 || t.sentence >= out.length) continue;
    prev = { start: t.start, end: t.end, lower: t.lower, capital: upperFirst(text), pos: t.pos, sentence: t.sentence };
    out[t.sentence].words.push(prev);
  }
  let s = 0;
  const others = doc.mentions.filter((m) => m.kind !== 'agreement').sort((a, b) => a.start - b.start);
  for (const m of others) {
    while (s < out.length - 1 && m.start >= doc.sentences[s].end) s++;
    out[s].mentions.push(m);
  }
  return out;
}
