import { PREPOSITION_OPENERS } from '../../lexicon/agreement-clauses.js';
import type { Word } from './build-words.js';

const VERBAL = new Set(['VERB', 'AUX']);

/**
 * Whether the opener at word j ("after", "since", "as") opens a clause. One that is also a preposition does so only
 * with a verb of its own after it before the next comma: "after Russia invaded in 2023", "after Washington walked away"
 * open one, "since the 1990s, including", "since 2018 to modernize" and "before the conference in November" do not.
 */
export function opensClause(words: Word[], j: number): boolean {
  if (!PREPOSITION_OPENERS.has(words[j].lower)) return true;
  for (let t = j + 1; t < words.length && words[t].pos !== 'PUNCT'; t++) if (finite(words, t)) return true;
  return false;
}

/** A verb of its own clause, not an infinitive after "to" ("negotiating since 2018 to modernize the treaty"). */
const finite = (words: Word[], t: number) => VERBAL.has(words[t].pos) && words[t - 1]?.lower !== 'to';

/**
 * For each word index k, how many words before it are `openers` that open a clause (as `opensClause` tells): the
 * openers strictly between words a and b are `counts[b] - counts[a + 1]`. One pass, for sentences of any length.
 */
export function countClauseOpeners(words: Word[], openers: ReadonlySet<string>): Int32Array {
  // Whether a verb follows word t before the next punctuation.
  const verbAhead = new Uint8Array(words.length);
  for (let t = words.length - 1, seen = false; t >= 0; t--) {
    verbAhead[t] = seen ? 1 : 0;
    if (words[t].pos === 'PUNCT') seen = false;
    else if (finite(words, t)) seen = true;
  }
  const counts = new Int32Array(words.length + 1);
  for (let k = 0; k < words.length; k++) {
    const w = words[k].lower;
    const opens = openers.has(w) && (!PREPOSITION_OPENERS.has(w) || verbAhead[k] === 1);
    counts[k + 1] = counts[k] + (opens ? 1 : 0);
  }
  return counts;
}
