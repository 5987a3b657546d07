import { PREPOSITION_OPENERS } from '../../lexicon/agreement-clauses.js';
import type { Word } from './build-words.js';

const VERBAL = new Set(['VERB', 'AUX']);

/**
 * Whether the opener at word j ("after", "since", "as") opens a clause. One that is also a preposition does so only
 * with a verb after it before the next comma: "after Russia invaded in 2023", "after Washington walked away" open one,
 * "since the 1990s, including" and "before the climate conference in November" do not.
 */
export function opensClause(words: Word[], j: number): boolean {
  if (!PREPOSITION_OPENERS.has(words[j].lower)) return true;
  for (let t = j + 1; t < words.length && words[t].pos !== 'PUNCT'; t++) if (VERBAL.has(words[t].pos)) return true;
  return false;
}
