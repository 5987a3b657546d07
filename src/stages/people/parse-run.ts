// Split a run of capitalised words into what comes before a title, the titles, and the name.
import { MONTHS } from '../../lexicon/months.js';
import { NAME_DEGREES } from '../../lexicon/name-particles.js';
import { FAMILY_NAMES_ALSO_THINGS, NON_PERSON_WORDS, WEEKDAY_NAMES } from '../../lexicon/non-person-words.js';
import { GIVEN_NAMES_BEFORE_SURNAME, HONORIFICS, RELATIONS, ROLES, TITLE_MODIFIERS, TITLES_AS_GIVEN_NAMES } from '../../lexicon/titles.js';
import { COMMON_WORDS, FIRST_NAMES, FUNCTION_WORDS, HEAD_WORDS, LAST_NAMES, PLACE_WORDS } from '../../lexicon/person-names.js';
import type { Run } from './find-runs.js';
import type { Word } from './read-words.js';
import { keyOf, officeOf, readTitle, type TitlePhrase } from './read-title.js';

/** A run read as a possible name. */
export interface ParsedRun {
  /** Words [from, nameFrom) precede the name: a prefix ("Italian") and titles. */
  from: number;
  /** Where the titles start (== nameFrom when none). */
  titleFrom: number;
  nameFrom: number;
  nameTo: number;
  titles: string[];
  /** A title written with the name ("President Zelensky"), and whether one is an office, not only "Mr.". */
  office: boolean;
  honorific: boolean;
}

const MAX_PREFIX = 5;

/** Month names and abbreviations, as a set (a look-up on every word of a run). */
const MONTH_KEYS: ReadonlySet<string> = new Set(Object.keys(MONTHS));
/** Weekday and month names: a date written after a name. */
const DATE_KEYS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_KEYS]);

/** A word that makes the name part (a place name only where `checkPlaces`: "Wellington Chibebe" is a name) of a run a place, body, date or thing. */
export function isNonPersonWord(w: Word, checkPlaces = true): boolean {
  const key = keyOf(w);
  if (NON_PERSON_WORDS.has(key) || DATE_KEYS.has(key)) return true;
  return checkPlaces && PLACE_WORDS.has(key) && !FIRST_NAMES.has(key) && !LAST_NAMES.has(key);
}

/** False when the name part is a place or body: "Hyde Park", "Los Angeles", "Labor Party". */
function isPersonLike(words: Word[], from: number, to: number, surnameAfterGiven: boolean): boolean {
  // After a known given name, a surname that is also a place stays a name: "John Bolton", "Andres Valencia";
  // with a title or apposition (`surnameAfterGiven`), one that is also a thing's: "Trade Representative Carla Hills".
  const given = to - from > 1 && FIRST_NAMES.has(keyOf(words[from]));
  const isGiven = (w: Word): boolean => w.shape === 'initial' || FIRST_NAMES.has(keyOf(w));
  for (let i = from; i < to; i++) {
    if (i === to - 1 && i > from && isDateWord(words[i]) && FIRST_NAMES.has(keyOf(words[i - 1]))) continue; // "Theresa May"
    // A month before an unknown, uncommon word is a given name: "Jan Egeland", "June Soh" (not "March Madness").
    if (i === from && to - from > 1 && MONTH_KEYS.has(keyOf(words[i])) && !isCommonWord(words[i + 1]) && !isNonPersonWord(words[i + 1])) continue;
    if (surnameAfterGiven && i === to - 1 && i > from && isGiven(words[i - 1]) && FAMILY_NAMES_ALSO_THINGS.has(keyOf(words[i]))) continue;
    if (isNonPersonWord(words[i], (i > from && !(given && i === to - 1)) || to - from === 1)) return false;
  }
  if (to - from > 1 && PLACE_WORDS.has(words.slice(from, to).map((w) => w.lower).join(' '))) return false;
  return !(HEAD_WORDS.has(keyOf(words[to - 1])) && !FIRST_NAMES.has(keyOf(words[from])));
}

/** A common English word that is not also a known name. */
export const isCommonWord = (w: Word): boolean => {
  const key = keyOf(w);
  return (COMMON_WORDS.has(key) || FUNCTION_WORDS.has(key)) && !FIRST_NAMES.has(key) && !LAST_NAMES.has(key);
};

/** The phrase, when a name follows it in the run, maybe after more titles ("Energy Minister Prince Abdulaziz"). */
function nameFollows(words: Word[], p: TitlePhrase | null, to: number): TitlePhrase | null {
  if (!p || (words[p.to].shape !== 'cap' && words[p.to].shape !== 'initial') || TITLE_MODIFIERS.has(keyOf(words[p.to]))) return null;
  for (let i = p.to; i < to; i++) if (words[i].shape === 'cap' && !isTitleWord(words[i]) && !HONORIFICS.has(keyOf(words[i]))) return p;
  return null;
}

/** A word that only continues a title: an office or one of its modifiers ("Minister", "Foreign"). */
export const isTitleWord = (w: Word): boolean => officeOf(keyOf(w)) !== undefined || TITLE_MODIFIERS.has(keyOf(w));

/** A weekday or month written after a name ("President Bush Wednesday"). */
export const isDateWord = (w: Word): boolean => DATE_KEYS.has(keyOf(w));

/**
 * Read titles at the start of a run (after at most a short prefix), leaving at least one name word; `titledBefore`:
 * an office stands before the run; `surnameAfterGiven`: something else shows a person (a title, an apposition).
 */
export function parseRun(words: Word[], run: Run, sentenceStart: boolean, titledBefore = false, surnameAfterGiven = false): ParsedRun | null {
  const { from, to } = run;
  let titleFrom = from;
  let phrase = null;
  for (let k = from; k <= Math.min(from + MAX_PREFIX, to - 2) && !phrase; k++) {
    phrase = nameFollows(words, readTitle(words, k, to - 1), to);
    titleFrom = k;
  }
  if (!phrase) titleFrom = from;
  const titles: string[] = [];
  let office = false;
  let honorific = false;
  let nameFrom = from;
  while (phrase) {
    // After an office, "Shah" or "Sultan" is a given name: "foreign minister Shah Mahmood Qureshi".
    const single = phrase.to - phrase.from === 1 ? keyOf(words[phrase.from]) : '';
    if ((office || titledBefore) && TITLES_AS_GIVEN_NAMES.has(single)) break;
    // "Dean Headley": a title that is a common given name, before a family name alone and no other title.
    if (!titles.length && GIVEN_NAMES_BEFORE_SURNAME.has(single) && to - phrase.to === 1) break;
    titles.push(phrase.title);
    office ||= !phrase.honorific;
    honorific ||= phrase.honorific;
    nameFrom = phrase.to;
    phrase = nameFollows(words, readTitle(words, nameFrom, to - 1), to);
  }
  // A capitalised role before a known given name: "Aerospace Writer Marcia Dunn", "Crewman Sean Powell".
  if (!titles.length) {
    for (let k = from; k <= Math.min(from + MAX_PREFIX, to - 2); k++) {
      const role = words[k].shape === 'cap' ? ROLES.get(keyOf(words[k])) : undefined;
      if (!role || RELATIONS.has(role) || !FIRST_NAMES.has(keyOf(words[k + 1]))) continue;
      titles.push(role);
      titleFrom = k;
      nameFrom = k + 1;
      break;
    }
  }
  // Sentence-initial common word before a name with no title: "Police", "Witnesses".
  if (!titles.length && sentenceStart && to - from > 1 && words[from].shape === 'cap' && isCommonWord(words[from])) nameFrom = from + 1;
  let nameTo = to;
  // "President Bush Wednesday" ends at "Bush"; "Theresa May" keeps "May" after a given name.
  while (nameTo > nameFrom && (words[nameTo - 1].shape === 'particle' || NAME_DEGREES.has(words[nameTo - 1].lower) || (isDateWord(words[nameTo - 1]) && !FIRST_NAMES.has(keyOf(words[nameTo - 2] ?? words[0]))))) nameTo--;
  if (nameTo <= nameFrom || words[nameFrom].shape === 'suffix') return null;
  if (words.slice(nameFrom, nameTo).every((w) => w.shape !== 'cap' || isTitleWord(w))) return null;
  const shown = surnameAfterGiven || titledBefore || office || words[nameFrom].shape === 'initial';
  if (!honorific && !isPersonLike(words, nameFrom, nameTo, shown)) return null;
  return { from, titleFrom, nameFrom, nameTo, titles, office, honorific };
}
