// Does a capital stand for its government ("Kyiv said", "talks with Beijing") or only for the city
// ("signed in Hanoi", the dateline "TOKYO -")? Only the first is a country mention.
import type { Doc, Span } from '../../doc.js';
import { FROM_MOTION, PLACE_CUES } from '../../lexicon/not-countries.js';

// The word right before a span, joined to it by spaces only, and the word before that.
const WORDS_BEFORE = /(?:(?<before>[\p{L}\p{N}']+)\s+)?(?<word>[\p{L}\p{N}']+)\s+$/u;
const NUMBER = /^\p{N}+$/u;
// Between two coordinated capitals: "Jakarta and Hanoi", "Rome, Paris, and Madrid".
const COORDINATION = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/** What the stage remembers of the capital before this one, to carry a decision across "X and Y". */
export interface CapitalMemory {
  end: number;
  government: boolean;
}

/** Is this capital a place use (dateline, "in Hanoi", "the 2013 Addis Ababa framework") rather than its government? */
function isPlaceUse(doc: Doc, hit: Span): boolean {
  const dl = doc.dateline;
  if (dl && hit.start >= dl.start && hit.end <= dl.end) return true;
  const m = WORDS_BEFORE.exec(doc.norm.slice(Math.max(0, hit.start - 40), hit.start));
  if (!m?.groups) return false;
  const word = m.groups.word.toLowerCase();
  if (PLACE_CUES.has(word) || NUMBER.test(word)) return true;
  return word === 'from' && FROM_MOTION.has((m.groups.before ?? '').toLowerCase());
}

/** Does this capital stand for its government? A capital coordinated with the one before it shares its reading. */
export function standsForGovernment(doc: Doc, hit: Span, previous: CapitalMemory | null): boolean {
  if (previous && previous.end <= hit.start && COORDINATION.test(doc.norm.slice(previous.end, hit.start))) {
    return previous.government;
  }
  return !isPlaceUse(doc, hit);
}
