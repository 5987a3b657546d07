// What the words around a run say about it: a role before it, a verb of saying, an apposition after it.
import { SAYING_VERBS } from '../../lexicon/saying-verbs.js';
import type { Word } from './read-words.js';
import { PLURAL_ROLES, RELATIONS } from '../../lexicon/titles.js';
import { mayEndTitle, readTitle } from './read-title.js';

/** A title found beside a run, with the words that may name a country ("Qatar's", "Italian"). */
export interface NearTitle {
  title: string;
  /** Where the title phrase starts, when it stands before the name ("U.S. [ambassador] to the UN, X"). */
  at?: number;
  /** Words [from, to) before the title proper, where a country may be named. */
  countryFrom: number;
  countryTo: number;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const MAX_LOOKBACK = 4;

/** A lower-case role or office right before word `at` ("spokesman Sean McCormack", "foreign minister X"). */
export function titleBefore(words: Word[], at: number): NearTitle | null {
  const last = words[at - 1];
  if (!last || last.sentence !== words[at].sentence || last.shape === 'cap' || !mayEndTitle(last)) return null;
  let found: NearTitle | null = null;
  for (let s = at - 1; s >= Math.max(0, at - MAX_LOOKBACK); s--) {
    if (words[s].sentence !== words[at].sentence || words[s].shape === 'punct') break;
    const phrase = readTitle(words, s, at, true);
    const byline = !PLURAL_ROLES.has(words[at - 1].key) || words[s - 1]?.lower === 'by';
    if (phrase && phrase.to === at && words[at - 1].shape !== 'cap' && byline) found = { title: phrase.title, at: s, countryFrom: s, countryTo: s };
  }
  if (!found) return null;
  // "Iran's foreign minister X", "Italian striker X": the country sits just before the title.
  let c = found.countryFrom;
  if (words[c - 1]?.lower === "'s") c -= 2;
  else if (words[c - 1]?.shape === 'cap') c -= 1;
  found.countryFrom = Math.max(0, c);
  return found;
}

/** An office "to" a state right before word `at`: "U.S. Ambassador to [Canada]", "China's ambassador to [Britain]". */
export function titleBeforeTo(words: Word[], at: number): NearTitle | null {
  const to = at - 1;
  if (words[to]?.lower !== 'to' || words[to].sentence !== words[at].sentence) return null;
  for (let s = Math.max(0, to - MAX_LOOKBACK); s < to; s++) {
    if (words[s].sentence !== words[at].sentence) continue;
    const phrase = readTitle(words, s, to, true);
    if (phrase && phrase.to === to) return { title: phrase.title, at: s, countryFrom: s, countryTo: s };
  }
  return null;
}

/** The end of the words [at, to) that stay in word `at`'s sentence. */
function sentenceEnd(words: Word[], at: number, to: number): number {
  let end = at;
  while (end < to && end < words.length && words[end].sentence === words[at].sentence) end++;
  return end;
}

const STOPS = new Set(['who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'was', 'is', 'has', 'had', 'will', 'or', 'but']);
const TAIL_LINKS = new Set(['of', 'at', 'for', 'in', 'from', 'to', 'with']);
const MAX_APPOSITION = 6;

/**
 * An apposition after word `at`: ", a researcher at ...", ", Qatar's foreign minister,", ", a French
 * dairy farmer". The country may also follow the title: ", a former foreign minister of Côte d'Ivoire".
 */
export function appositionAfter(words: Word[], at: number): NearTitle | null {
  if (words[at]?.text !== ',') return null;
  let i = at + 1;
  if (words[i] && DETERMINERS.has(words[i].lower)) i++;
  const countryFrom = i;
  for (let n = 0; n < MAX_APPOSITION && words[i] && words[i].shape !== 'punct' && !STOPS.has(words[i].lower); n++, i++) {
    // "and" only inside a capitalised name ("Bosnia and Herzegovina's"), never between clauses.
    if (words[i].lower === 'and' && !(words[i - 1]?.shape === 'cap' && words[i + 1]?.shape === 'cap')) return null;
    const phrase = readTitle(words, i, Math.min(words.length, i + 6), true);
    // A relation opens the apposition (", his Russian counterpart,", ", the mother,"): not ", controlled by a son of".
    if (!phrase || (RELATIONS.has(phrase.title) && phrase.from > countryFrom + 1)) continue;
    // ", Cardinal Cormac Murphy-O'Connor": a title before another name is no apposition.
    if (words[phrase.to]?.shape === 'cap') return null;
    // ", a former foreign minister of Côte d'Ivoire": up to five words after the link, in the same sentence.
    const tail = TAIL_LINKS.has(words[phrase.to]?.lower) ? sentenceEnd(words, phrase.to, phrase.to + 5) : phrase.to;
    return { title: phrase.title, countryFrom, countryTo: Math.max(tail, secondRole(words, phrase.to)) };
  }
  return null;
}

const MAX_SECOND_ROLE = 12;

/** Where a second role ends after "and" in an apposition (", executive vice president of X and a former U.S. ambassador"), or -1. */
function secondRole(words: Word[], from: number): number {
  const end = sentenceEnd(words, from, from + MAX_SECOND_ROLE);
  for (let a = from; a < end; a++) {
    if (words[a].shape === 'punct' || STOPS.has(words[a].lower)) return -1;
    if (words[a].lower !== 'and') continue;
    for (let k = a + 1; k < Math.min(end, a + 6); k++) {
      const phrase = readTitle(words, k, end, true);
      if (phrase && words[phrase.to]?.shape !== 'cap') return phrase.to;
    }
    return -1;
  }
  return -1;
}

/** A title phrase and a comma right before word `at`: "Rwanda's Foreign Minister, Emmanuel Habimana". */
export function titleBeforeComma(words: Word[], at: number): NearTitle | null {
  if (words[at - 1]?.text !== ',' || !words[at - 2] || !mayEndTitle(words[at - 2])) return null;
  const end = at - 1;
  let found: NearTitle | null = null;
  for (let s = end - 1; s >= Math.max(0, end - 8); s--) {
    if (words[s].shape === 'punct') break;
    const phrase = readTitle(words, s, end, true);
    if (phrase && phrase.to === end) found = { title: phrase.title, at: s, countryFrom: s, countryTo: s };
  }
  if (!found) return null;
  found.countryFrom = Math.max(0, found.countryFrom - (words[found.countryFrom - 1]?.lower === "'s" ? 4 : 1));
  return found;
}

/** A verb of saying right after the run, or "said"/"according to" right before it. */
export function speaksAround(words: Word[], from: number, to: number): boolean {
  const after = words[to];
  if (after && SAYING_VERBS.has(after.lower)) return true;
  const before = words[from - 1];
  if (before && (before.lower === 'said' || before.lower === 'says' || before.lower === 'told')) return true;
  return before?.lower === 'to' && words[from - 2]?.lower === 'according';
}
