// One person per individual: mentions of a name are grouped by their words ("Zelensky" within "Volodymyr Zelensky").
import type { Span } from '../../doc.js';
import { FAMILY_NAME_FIRST, GIVEN_NAME_OF_REFERENCE, NAME_PARTICLES } from '../../lexicon/name-particles.js';
import type { Word } from './read-words.js';

/** A name found in the text, with what the article says about its bearer. */
export interface NameFind extends Span {
  /** The name's words, e.g. [Khalid, bin, Abdulrahman, Al-Nasser]. */
  words: Word[];
  titles: string[];
  country?: string;
  /** The word where the text names that country ("U.S." of "U.S. President X"). */
  countryAt?: number;
  /** Found in words written in capitals ("SHEARER" of a headline): never the person's name as written. */
  capitals?: boolean;
  /** The office is a bloc's or an international body's ("U.N. envoy X", "X, the EU's chief negotiator"): no state to read. */
  bloc?: boolean;
  /** The word where a title written with the name starts ("President" of "U.S. President X"; "spokesman" of "spokesman X"). */
  titleAt?: number;
}

/** A person as it is gathered: the fullest name seen, every title, and the mentions. */
export interface PersonDraft {
  name: Word[];
  keys: string[];
  titles: string[];
  country?: string;
  /** Some office of theirs is a bloc's ("U.N. envoy"). */
  bloc?: boolean;
  /** Named so far only in capitals: the next mention written in the text's case gives the name. */
  capitals?: boolean;
  /** The finds of the person's name, in text order. */
  mentions: NameFind[];
  /** Every form its name finds used for this person, alone or in full ("zelensky", "khalid"), as `formOf` writes them. */
  forms: Set<string>;
}

const ARTICLE_PREFIX = /^(al|el)-/;

/** A name word's key: a capitalised word, not a particle, in lower case without a leading "al-" or "el-"; else undefined. */
export function nameKey(w: Word): string | undefined {
  if (w.shape !== 'cap' || NAME_PARTICLES.has(w.lower)) return undefined;
  return w.lower.charCodeAt(2) === 45 ? w.lower.replace(ARTICLE_PREFIX, '') : w.lower;
}

/** The words that identify a bearer: name words without particles, initials or suffixes. */
export function nameKeys(words: Word[]): string[] {
  const keys: string[] = [];
  for (const w of words) {
    const key = nameKey(w);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** How a set of name keys is remembered among a person's forms. */
const formOf = (keys: string[]): string => keys.join(' ');

/**
 * The name used alone for the person (`family`: "bush" in "George W. Bush"; "park" in "Park Ji-hoon" from Korea;
 * "abiy" in "Abiy Ahmed" from Ethiopia, where the given name is the name of reference) and the end that is not
 * (`given`), if any.
 */
function nameEnds(keys: string[], country: string | undefined): { family: string; given?: string } {
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (keys.length < 2) return { family: last };
  const firstUsedAlone = (!!country && (FAMILY_NAME_FIRST.has(country) || GIVEN_NAME_OF_REFERENCE.has(country))) ||
    (keys.length === 2 && isSyllabicGivenName(last));
  return firstUsedAlone ? { family: first, given: last } : { family: last, given: first };
}

/** A Korean or Taiwanese given name written in two short syllables after the family name: "Dong-su", "Ing-wen" (not "Ben-Ami"). */
function isSyllabicGivenName(key: string): boolean {
  const m = /^(\p{Ll}{2,5})-(\p{Ll}{1,4})$/u.exec(key);
  return !!m && !NAME_PARTICLES.has(m[1]);
}

/** Is `keys` the given name alone of a person named `name` ("Jordan" of "Jordan Peterson")? */
function isGivenNameOnly(keys: string[], name: string[], country: string | undefined): boolean {
  return keys.length === 1 && keys[0] === nameEnds(name, country).given;
}

/**
 * May `keys`, at offset `at`, name person `p` by part of the name? By a part the article has used alone for
 * them ("Sheikh Khalid" ... "Khalid"); before they are introduced, only by the family name (a headline's
 * "Zelensky"); after it, by any part, the given name alone only where `givenAlone` ("Elena Varga ... Elena said";
 * not "Jordan's King" for Jordan Peterson).
 */
export function mayNameByPart(p: PersonDraft, keys: string[], at: number, givenAlone = false): boolean {
  if (p.forms.has(formOf(keys))) return true;
  if (at < p.mentions[0].start) return keys.includes(nameEnds(p.keys, p.country).family);
  // Where the family name is written first or the given name is the name of reference, the other end is never used alone.
  const ends = nameEnds(p.keys, p.country);
  const givenOnly = keys.length === 1 && keys[0] === ends.given;
  return !givenOnly || (givenAlone && ends.family === p.keys[p.keys.length - 1]);
}

const within = (small: string[], big: string[]): boolean => small.every((k) => big.includes(k));

/** People by each word of their names, so a name is only compared with people who share a word with it. */
export type PeopleIndex = Map<string, PersonDraft[]>;

function addToIndex(index: PeopleIndex, p: PersonDraft): void {
  for (const k of p.keys) {
    const list = index.get(k);
    if (!list) index.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  }
}

/** The index of a list of people. */
export function indexPeople(people: PersonDraft[]): PeopleIndex {
  const index: PeopleIndex = new Map();
  for (const p of people) addToIndex(index, p);
  return index;
}

/**
 * The person a name belongs to: the latest one whose words contain it, or (unless `partOnly`) whose words
 * it contains ("Volodymyr Zelensky" after "Zelensky").
 */
export function findBearer(index: PeopleIndex, keys: string[], last: Map<PersonDraft, number>, partOnly = false): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  for (const k of keys) {
    for (const p of index.get(k) ?? []) {
      if (p === best || (!within(keys, p.keys) && (partOnly || !within(p.keys, keys)))) continue;
      if (!best || (last.get(p) ?? -1) > (last.get(best) ?? -1)) best = p;
    }
  }
  return best;
}

/** Group name finds (in text order) into people. */
export function groupPeople(finds: NameFind[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  const index: PeopleIndex = new Map();
  const last = new Map<PersonDraft, number>();
  for (const f of finds) {
    const keys = nameKeys(f.words);
    if (!keys.length) continue;
    let p = findBearer(index, keys, last);
    // A given name met alone before the full name ("Jordan" ... "Jordan Peterson") is someone else's.
    if (p && !within(keys, p.keys) && isGivenNameOnly(p.keys, keys, f.country ?? p.country)) p = undefined;
    if (!p) {
      p = { name: f.words, keys, titles: [], mentions: [], forms: new Set(), capitals: f.capitals };
      people.push(p);
    } else if (f.words.length > p.name.length || (p.capitals && !f.capitals)) {
      p.name = f.words;
      p.keys = keys;
      p.capitals = f.capitals;
    }
    addToIndex(index, p);
    for (const t of f.titles) if (!p.titles.includes(t)) p.titles.push(t);
    p.country ??= f.country;
    p.bloc ||= f.bloc;
    p.forms.add(formOf(keys));
    p.mentions.push(f);
    last.set(p, f.start);
  }
  return people;
}
