import { AMBIGUOUS_HEADS, ANAPHOR_HEADS, HEAD_TAILS, OF_COMPLEMENTS, STRONG_HEADS, WEAK_HEADS } from '../../lexicon/agreement-nouns.js';
import type { Word } from './build-words.js';
import type { Phrase } from './phrase.js';

/** What the head noun at a word says: its singular, strength, number, and the last word it takes in. */
export interface Head {
  noun: string;
  strength: Phrase['strength'];
  plural: boolean;
  last: number;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);

// Every word readHead can start from: a text without one has no agreement phrase found by its head.
const HEAD_WORDS: ReadonlySet<string> = new Set([...STRONG_HEADS.keys(), ...WEAK_HEADS.keys(), ...ANAPHOR_HEADS.keys(), ...OF_COMPLEMENTS.keys()]);

/** Whether any word could be an agreement's head (a cheap look before the per-sentence reading). */
export const hasHeadWord = (words: Word[]): boolean => words.some((w) => HEAD_WORDS.has(w.lower));

/**
 * The agreement head at word i, or null. A head followed by another head is its modifier ("ceasefire deal"); one
 * followed by its tail takes it in ("swap line").
 */
export function readHead(words: Word[], i: number): Head | null {
  const w = words[i];
  const lower = w.lower;
  const plural = lower.endsWith('s') || lower === 'memoranda';
  const complements = OF_COMPLEMENTS.get(lower);
  if (complements && words[i + 1]?.lower === 'of' && complements.has(words[i + 2]?.lower ?? '')) {
    const noun = lower.startsWith('memorand') ? 'memorandum' : lower.replace(/s$/, '');
    return { noun, strength: 'strong', plural, last: i + 2 };
  }
  const strong = STRONG_HEADS.get(lower);
  const weak = WEAK_HEADS.get(lower);
  const anaphor = ANAPHOR_HEADS.get(lower);
  const noun = strong ?? weak ?? anaphor;
  if (!noun) return null;
  const next = words[i + 1]?.lower ?? '';
  if (!plural && (STRONG_HEADS.has(next) || WEAK_HEADS.has(next))) return null;
  // "a swap line": the head takes its tail in, and the two name an agreement on their own.
  if (HEAD_TAILS.get(lower)?.has(next) && words[i + 1].pos === 'NOUN') {
    return { noun, strength: 'strong', plural: next.endsWith('s'), last: i + 1 };
  }
  if (AMBIGUOUS_HEADS.has(lower) && !NOUNISH.has(w.pos)) {
    const before = words[i - 1];
    if (!before || !(before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NOUN' || before.pos === 'NUM')) return null;
  }
  return { noun, strength: strong ? 'strong' : weak ? 'weak' : 'anaphor', plural: plural && lower !== 'text', last: i };
}
