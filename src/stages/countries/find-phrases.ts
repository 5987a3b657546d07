// Find every lexicon phrase in the text: walk the words, and at each capitalised word try the longest
// phrase first (up to the most words any phrase starting with that word has), by Map look-up.
import type { Span } from '../../doc.js';
import { FIRST_WORDS, lookupPlace, type PlaceEntry } from '../../lexicon/countries.js';
import { titleCase, upperFirst } from '../../text-case.js';

/** A phrase found in the text, with what it names and the word range it covers. */
export interface PhraseHit extends Span {
  entry: PlaceEntry;
  /** The phrase as looked up (title-cased when the text is in capitals). */
  key: string;
  firstWord: number;
  lastWord: number;
}

/** The words of a text: letter/digit runs, as parallel start/end arrays. */
export interface Words {
  starts: number[];
  ends: number[];
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const HAS_LOWER = /\p{Ll}/u;
const SPACES = /\s+/g;

/** The length (1 or 2 UTF-16 units) of the letter or digit at `i`, or 0 when there is none: ASCII by its code. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/** Split a text into words: its runs of letters and digits. */
export function findWords(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    starts.push(i);
    do i += n;
    while (i < text.length && (n = wordCharAt(text, i)) > 0);
    ends.push(i);
  }
  return { starts, ends };
}

function lookUp(norm: string, start: number, end: number, caps: boolean): { key: string; entry: PlaceEntry; end: number } | null {
  const raw = norm.slice(start, end);
  if (raw.includes('\n')) return null;
  const key = raw.includes('  ') ? raw.replace(SPACES, ' ') : raw;
  const dotted = norm[end] === '.';
  for (const k of caps ? [key, titleCase(key)] : [key]) {
    const entry = lookupPlace(k);
    if (entry) return { key: k, entry, end };
    if (dotted) {
      const withDot = lookupPlace(`${k}.`);
      if (withDot) return { key: `${k}.`, entry: withDot, end: end + 1 };
    }
  }
  return null;
}

/** Every longest, non-overlapping lexicon phrase in `norm`, left to right. */
export function findPhrases(norm: string, words: Words = findWords(norm)): PhraseHit[] {
  const { starts, ends } = words;
  const hits: PhraseHit[] = [];
  for (let i = 0; i < starts.length; i++) {
    // Every phrase opens with a capital: most words are passed over by their first character alone.
    const c = norm.charCodeAt(starts[i]);
    if (c < 128 ? c < 65 || c > 90 : !upperFirst(norm.slice(starts[i], ends[i]))) continue;
    const first = norm.slice(starts[i], ends[i]);
    const caps = first.length > 1 && !HAS_LOWER.test(first);
    const most = FIRST_WORDS.get(first) ?? (caps ? FIRST_WORDS.get(titleCase(first)) : undefined);
    if (most === undefined) continue;
    for (let n = Math.min(most, starts.length - i); n >= 1; n--) {
      const found = lookUp(norm, starts[i], ends[i + n - 1], caps);
      if (!found) continue;
      hits.push({ start: starts[i], end: found.end, entry: found.entry, key: found.key, firstWord: i, lastWord: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return hits;
}
