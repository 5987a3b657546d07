// The country a person is tied to: "Italian Foreign Minister X", "Qatar's Foreign Minister X", "X, Iran's envoy".
import { FIRST_WORDS, lookupPlace, type CountryHit } from '../../lexicon/countries.js';
import { GOVERNMENT_BODIES } from '../../lexicon/government-bodies.js';
import { FIRST_NAMES } from '../../lexicon/person-names.js';
import { TITLE_MODIFIERS, TITLE_PRE_WORDS } from '../../lexicon/titles.js';
import type { Word } from './read-words.js';

const MAX_WORDS = 4;

/** A state tied to a person, and the word where the text names it; `code` is '' for a bloc ("U.N. envoy X"). */
export interface Tie {
  code: string;
  at: number;
}

const isBloc = (phrase: string): boolean => lookupPlace(phrase)?.kind === 'organization';

/** The country an exact phrase of the text names, in any form (a cheap `lookupCountry` for phrases that start and end with a word). */
export function countryIn(phrase: string): CountryHit | undefined {
  const entry = lookupPlace(phrase);
  return entry?.kind === 'country' ? entry : undefined;
}

const FIRST_TOKEN = /[\p{L}\p{N}]+/u;
const BODY_FIRST_WORDS = new Map<string, number>();
for (const body of GOVERNMENT_BODIES.keys()) {
  const first = FIRST_TOKEN.exec(body)![0];
  BODY_FIRST_WORDS.set(first, Math.max(BODY_FIRST_WORDS.get(first) ?? 0, body.split(' ').length));
}

/** Is a word made of ASCII letters only (then it is its own first token)? */
function isAsciiLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

/** How many words a country, bloc or government body starting with the word `written` may have; 0 when none starts with it. */
export function placeWordsFrom(written: string): number {
  const first = isAsciiLetters(written) ? written : FIRST_TOKEN.exec(written)?.[0] ?? '';
  return Math.max(FIRST_WORDS.get(first) ?? 0, BODY_FIRST_WORDS.get(first) ?? 0);
}
// Initials that lost their last dot ("U.S President"): looked up with it.
const CLIPPED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const POSSESSIVE = new Set(["'s", "'"]);

/** The country words [from, to) name together ("United States", "Italian"; a capital only if `capitals`). */
export function namesCountry(words: Word[], from: number, to: number, text: string, capitals = true): string | undefined {
  if (from < 0 || to > words.length || to <= from || to - from > MAX_WORDS) return undefined;
  const hit = countryIn(text.slice(words[from].start, words[to - 1].end));
  return hit && (capitals || hit.form !== 'capital') ? hit.code : undefined;
}

/** The state a phrase names as a person's: a country's name, alias or people (not its capital), or a government body ("White House"). */
export function stateOf(phrase: string): string | undefined {
  const hit = countryIn(CLIPPED_INITIALS.test(phrase) ? `${phrase}.` : phrase);
  if (hit) return hit.form === 'capital' ? undefined : hit.code;
  return GOVERNMENT_BODIES.get(phrase);
}

const BORN = /^(?<place>.+)-born$/;

/** "Australian-born Julian Assange": a country (or its people) the person was born in, written right before word `at`. */
export function countryOfBirth(words: Word[], at: number): Tie | undefined {
  const m = BORN.exec(words[at - 1]?.text ?? '');
  const code = m?.groups && words[at - 1].sentence === words[at].sentence ? stateOf(m.groups.place) : undefined;
  return code ? { code, at: at - 1 } : undefined;
}

/** How many words at `from` (at most `max`) name a people or a bloc ("German Tommy Haas", "U.N."), and its code. */
export function leadingPlace(words: Word[], from: number, max: number, text: string): { length: number; code?: string } {
  for (let k = Math.min(max, MAX_WORDS, words.length - from); k > 0; k--) {
    const phrase = text.slice(words[from].start, words[from + k - 1].end);
    const place = lookupPlace(phrase);
    if (place?.kind === 'country' && place.form === 'demonym') return { length: k, code: place.code };
    if (place?.kind === 'organization') return { length: k };
  }
  return { length: 0 };
}

/**
 * How many words at `from` (at most `max`) name a country that is not part of the name after it: the state an
 * office is "to" ("Ambassador to [Canada] David Hale", when `destination`), or a place glued to a name that opens
 * with a known given name and goes on ("[Canada] David Cohen"; not "Jordan Peterson", "Jordan Mitchell").
 */
export function leadingCountry(words: Word[], from: number, max: number, text: string, destination: boolean): number {
  for (let k = Math.min(max, MAX_WORDS, words.length - from - 1); k > 0; k--) {
    const hit = countryIn(text.slice(words[from].start, words[from + k - 1].end));
    if (hit && hit.form !== 'demonym' && (destination || (FIRST_NAMES.has(words[from + k].key) && k < max))) return k;
  }
  return 0;
}

const isUpper = (w: Word): boolean => w.shape === 'cap' || w.shape === 'acronym' || w.shape === 'initial' || w.shape === 'other';

/** The first state (or bloc) named by capitalised words in [from, to), longest phrase first. */
export function findCountry(words: Word[], from: number, to: number, text: string): Tie | undefined {
  const end = Math.min(to, words.length);
  for (let i = Math.max(0, from); i < end; i++) {
    if (words[i].shape !== 'cap' && words[i].shape !== 'acronym') continue;
    for (let j = Math.min(end, i + MAX_WORDS); j > i; j--) {
      const phrase = text.slice(words[i].start, words[j - 1].end);
      const code = stateOf(phrase);
      if (code || isBloc(phrase)) return { code: code ?? '', at: i };
    }
  }
  return undefined;
}

/**
 * The state named right before a title that starts at word `at`: "U.S. President", "UK chancellor", "former South
 * African president", "Estonia's U.N. Ambassador", "Britain's deputy U.N. ambassador", "White House spokesman".
 * A possessive, a bloc and the title's own modifiers may stand between; a bloc alone ("U.N. envoy") is a tie with code ''.
 */
export function countryBefore(words: Word[], at: number, text: string): Tie | undefined {
  const sentence = words[at]?.sentence;
  let end = at;
  let blocAt = -1;
  while (end > 0 && words[end - 1].sentence === sentence) {
    const last = words[end - 1];
    let bloc = 0;
    for (let k = Math.min(MAX_WORDS, end); k > 0 && isUpper(last); k--) {
      const from = end - k;
      if (words[from].sentence !== sentence || !isUpper(words[from])) continue;
      const phrase = text.slice(words[from].start, last.end);
      // A capital stands for its state before a possessive: "Seoul's Foreign Minister".
      const code = stateOf(phrase) ?? (POSSESSIVE.has(words[end]?.lower) ? countryIn(phrase)?.code : undefined);
      if (code) return { code, at: from };
      if (!bloc && isBloc(phrase)) bloc = k;
    }
    if (bloc) blocAt = end -= bloc;
    else if (POSSESSIVE.has(last.lower) || (last.pos !== 'ADP' && (TITLE_MODIFIERS.has(last.key) || TITLE_PRE_WORDS.has(last.key)))) end--;
    else break;
  }
  return blocAt >= 0 ? { code: '', at: blocAt } : undefined;
}
