import { DETERMINERS, NEUTRAL_MODIFIERS, POSSESSIVE_CLITICS, POSSESSIVES, SEPARATE_MARKERS } from '../../lexicon/agreement-modifiers.js';
import { KIND_CUES } from '../../lexicon/agreement-kinds.js';
import { COMPOUND_FOLLOWERS, NAME_BODY_TAILS } from '../../lexicon/agreement-nouns.js';
import { STATUS_WORDS } from '../../lexicon/agreement-statuses.js';
import type { Word } from './build-words.js';
import type { Reference } from './phrase.js';

const MAX_MODIFIERS = 6;
const PREMODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const PARTICIPLE = /(?:ed|en|ing)$/;

// A verb form modifies the noun only after a determiner or modifier ("a proposed protocol", "the newly signed pact");
// elsewhere it is the verb of the clause ("Italy and Ukraine sign security agreement", "officials reached agreement").
const modifiesNoun = (before: Word | undefined) =>
  !!before && (DETERMINERS.has(before.lower) || before.pos === 'ADV' || before.pos === 'ADJ' || before.lower.includes('-'));
// Words our lexicons know as modifiers, whatever the tagger calls them ("trade/VERB pact", "their new/ADV treaty").
const isKnownModifier = (lower: string) => KIND_CUES.has(lower) || NEUTRAL_MODIFIERS.has(lower) || SEPARATE_MARKERS.has(lower);

function isPremodifier(w: Word, before: Word | undefined): boolean {
  if (STATUS_WORDS.has(w.lower) || (w.pos === 'VERB' && PARTICIPLE.test(w.lower))) return modifiesNoun(before);
  return isKnownModifier(w.lower) || PREMODIFIER_POS.has(w.pos) || (w.pos === 'ADV' && w.lower.endsWith('ly')) ||
    (w.lower.includes('-') && w.pos !== 'PUNCT');
}

/**
 * Does an agreement's name ending at word `last` go on as a body's or a law's ("the Parisian Agreement Society", "the
 * Paris Agreement Secretariat", "the Trade Agreements Act")? Then it names that, not the agreement: a capitalized
 * body or law word right after it says so.
 */
export function namesBody(words: Word[], last: number): boolean {
  const next = words[last + 1];
  return !!next?.capital && NAME_BODY_TAILS.has(next.lower);
}

/**
 * Where the phrase of the head at word `head` starts, and how its determiner makes it refer. The span takes the
 * determiner (or a possessive pronoun) and the premodifiers, and stops at a possessive noun ("Italy's"), a verb, or
 * a preposition; inside a name it goes on across "of" ("the General Security of Military Information Agreement").
 */
export function readSpan(words: Word[], head: number, last: number, named: boolean, taken: ReadonlySet<number>): { first: number; ref: Reference } {
  let first = head;
  let ref: Reference = 'none';
  for (let k = head - 1; k >= 0 && head - k <= MAX_MODIFIERS && !taken.has(k); k--) {
    const w = words[k];
    const det = DETERMINERS.get(w.lower);
    const plural = words[head].lower.endsWith('s');
    const wrongNumber = plural ? /^th(?:is|at)$/.test(w.lower) : /^th(?:ese|ose)$/.test(w.lower);
    if (det && !wrongNumber) return { first: k, ref: det };
    if (POSSESSIVES.has(w.lower)) return POSSESSIVE_CLITICS.has(w.lower) ? { first, ref: 'possessive' } : { first: k, ref: 'possessive' };
    const nameGoesOn = named && w.lower === 'of' && words[k - 1]?.capital && words[k + 1]?.capital;
    if (!nameGoesOn && (wrongNumber || !isPremodifier(w, words[k - 1]))) break;
    first = k;
  }
  if (COMPOUND_FOLLOWERS.has(words[last + 1]?.lower ?? '')) {
    // "the three former Warsaw Pact nations": the determiner and its modifiers belong to the noun after.
    while (first < head && (named ? !words[first].capital : words[first].pos !== 'NOUN')) first++;
  }
  const isVerbal = (w: Word) => (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADV') && !isKnownModifier(w.lower);
  while (first < head && ref === 'none' && isVerbal(words[first])) first++;
  return { first, ref };
}
