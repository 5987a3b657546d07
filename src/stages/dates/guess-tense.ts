// Guesses whether the clause around a date speaks of the past or the future, from nearby verbs.
import { firstNotBefore, type Doc } from '../../doc.js';
import {
  DEFERRING_VERBS, FORWARD_BEFORE, FORWARD_BEFORE_UNLESS_PAST, FUTURE_WORDS, FUTURE_WORDS_ONLY_AS_VERBS, PASSIVE_AUXILIARIES, PAST_WORDS,
  PRESENT_WORDS,
} from '../../lexicon/date-tense-words.js';
import { alternation } from './word-pattern.js';

/** The tense that decides which way an underspecified date ("Monday", "in March") points. */
export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE = new Set(FUTURE_WORDS);
const ONLY_AS_VERBS = new Set(FUTURE_WORDS_ONLY_AS_VERBS);
const PRESENT = new Set(PRESENT_WORDS);
const PAST = new Set(PAST_WORDS);
const PASSIVE_AUX = new Set(PASSIVE_AUXILIARIES);
const DEFERRING = new Set(DEFERRING_VERBS);
const FORWARD = new RegExp(`\\b(?:${alternation(FORWARD_BEFORE)}) $`, 'i');
const FORWARD_UNLESS_PAST = new RegExp(`\\b(?:${alternation(FORWARD_BEFORE_UNLESS_PAST)}) $`, 'i');
/** A possessive right after a date ("Wednesday's ruling") names something that already happened. */
const POSSESSIVE_AFTER = /^'s\b/;
const BEFORE_WINDOW = 12;
const AFTER_WINDOW = 4;

function wordAt(doc: Doc, i: number): string {
  return doc.tokens[i]?.lower ?? '';
}

/** A future word that is not its noun or preposition look-alike ("the plan", "next to"). */
function isFutureHere(doc: Doc, i: number, word: string): boolean {
  // "Russia plans to hold a meeting": before "to" it is the verb, whatever the tagger says.
  if (ONLY_AS_VERBS.has(word)) return doc.tokens[i].pos === 'VERB' || wordAt(doc, i + 1) === 'to';
  return word !== 'next' || wordAt(doc, i + 1) !== 'to';
}

function classify(doc: Doc, i: number, infinitiveIsFuture: boolean): Tense {
  const word = wordAt(doc, i);
  if (FUTURE.has(word)) return isFutureHere(doc, i, word) ? 'future' : null;
  if (word === 'to' && /^(?:is|are|was|were|set)$/.test(wordAt(doc, i - 1))) return 'future';
  if (PRESENT.has(word)) return 'present';
  if (infinitiveIsFuture && (doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') && wordAt(doc, i - 1) === 'to') return 'future';
  const participle = PAST.has(word) || ((doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') && /[a-z]ed$/.test(word));
  if (!participle) return doc.tokens[i].pos === 'VERB' && /[^s]s$/.test(word) ? 'present' : null;
  const before = wordAt(doc, i - 1);
  if (before === 'be' && FUTURE.has(wordAt(doc, i - 2))) return 'future';
  return PASSIVE_AUX.has(before) && !PAST.has(before) ? null : 'past';
}

/** The first token index whose start is at or after `at` (binary search over doc.tokens). */
export const tokenIndexAt = (doc: Doc, at: number): number => firstNotBefore(doc.tokens, (t) => t.start < at);

/** The tense a date's clause speaks in: forward after "as soon as", "until" (unless the clause is past), else its verbs'. */
export function guessTense(doc: Doc, start: number, end: number): Tense {
  const before = doc.norm.slice(Math.max(0, start - 20), start);
  if (FORWARD.test(before)) return 'future';
  if (POSSESSIVE_AFTER.test(doc.norm.slice(end, end + 3))) return 'past';
  // "had filed reports by Friday" looks back; "agreed to extend it until March" still forward.
  if (FORWARD_UNLESS_PAST.test(before)) {
    const at = tenseWordAt(doc, start, end, true);
    return at >= 0 && classify(doc, at, true) === 'past' && !DEFERRING.has(wordAt(doc, at)) ? 'past' : 'future';
  }
  const at = tenseWordAt(doc, start, end, false);
  return at >= 0 ? classify(doc, at, false) : null;
}

/** The nearest tense-bearing token in the same sentence as [start, end), before it first, then after; -1 for none. */
function tenseWordAt(doc: Doc, start: number, end: number, infinitiveIsFuture: boolean): number {
  const tokens = doc.tokens;
  const first = tokenIndexAt(doc, start);
  const last = tokenIndexAt(doc, end);
  const sentence = tokens[first]?.sentence ?? -1;
  for (let i = first - 1; i >= Math.max(0, first - BEFORE_WINDOW) && tokens[i].sentence === sentence; i--) {
    if (classify(doc, i, infinitiveIsFuture)) return i;
  }
  for (let i = last; i < Math.min(tokens.length, last + AFTER_WINDOW) && tokens[i].sentence === sentence; i++) {
    if (classify(doc, i, infinitiveIsFuture)) return i;
  }
  return -1;
}
