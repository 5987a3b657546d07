// Decide whether a run of capitalised words names a person, and read the name, titles and country.
import type { Doc } from '../../doc.js';
import { FAMILY_NAMES_ALSO_THINGS, NON_PERSON_FIRST_WORDS, NON_PERSON_WORDS, PERSON_LED_NOUNS, PLACE_NOUNS, SENTENCE_ADVERBS } from '../../lexicon/non-person-words.js';
import { FIRST_NAMES, FUNCTION_WORDS, HEAD_WORDS, LAST_NAMES } from '../../lexicon/person-names.js';
import { ORGANIZATION_NOUNS } from '../../lexicon/company-words.js';
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { RELATIONS, TITLES_AS_GIVEN_NAMES } from '../../lexicon/titles.js';
import { countryBefore, countryIn, countryOfBirth, findCountry, leadingCountry, leadingPlace, namesCountry, placeWordsFrom, type Tie } from './find-country.js';
import type { Run } from './find-runs.js';
import { nameKeys, type NameFind } from './group-people.js';
import { isCommonWord, parseRun } from './parse-run.js';
import { appositionAfter, speaksAround, titleBefore, titleBeforeComma, titleBeforeTo, type NearTitle } from './read-context.js';
import { keyOf } from './read-title.js';
import type { Word } from './read-words.js';

const PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'from', 'to', 'of', 'outside', 'inside', 'across', 'toward', 'towards', 'via']);
const PLACE_BEFORE = new Set(['the', 'a', 'an', 'in', 'at', 'near', 'into', 'outside', 'inside', 'across', 'northern', 'southern', 'eastern', 'western', 'central']);
// Endings of English adjectives and abstract nouns ("Regional", "Geological", "Democratic", "Liberation").
const ENGLISH_ENDING = /(?:ion|ions|ity|ism|ive|ous|ical|ional|ural|ary|atic|ment|ness|ship|ists?)$/;
const MAX_BARE_WORDS = 3;

/** True when no word of its sentence comes before word `i` but punctuation (quotes, brackets). */
function opensSentence(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && words[k].sentence === words[i].sentence; k--) if (words[k].shape !== 'punct') return false;
  return true;
}

/** True when a lower-case noun follows word `to`: the run modifies it ("the Xinhua news agency"). */
const modifiesNoun = (words: Word[], to: number): boolean => words[to]?.shape === 'lower' && words[to].pos === 'NOUN';

/** No common word, number or English-ending word among a run's name words. */
const allPlainWords = (nameWords: Word[]): boolean =>
  nameWords.every((w) => !isCommonWord(w) && w.pos !== 'NUM' && !ENGLISH_ENDING.test(w.lower));

/** A run of unknown capitalised words that reads as a bare name: not "the X", "in X", "X province". */
function standsAlone(words: Word[], run: Run, nameWords: Word[]): boolean {
  if (NON_PERSON_FIRST_WORDS.has(keyOf(nameWords[0])) || PLACE_BEFORE.has(words[run.from - 1]?.lower)) return false;
  return !modifiesNoun(words, run.to) && allPlainWords(nameWords);
}

/** Words before the run show a place or a body's name: "the town of X", "Committee to Protect Journalists". */
function followsPlaceOrBody(words: Word[], from: number): boolean {
  const link = words[from - 1];
  const head = words[from - 2];
  if (!link || !head || !['of', 'for', 'on', 'to', 'and'].includes(link.lower)) return false;
  if (link.lower === 'of' && PLACE_NOUNS.has(head.lower)) return true;
  return head.shape === 'cap' && (NON_PERSON_WORDS.has(keyOf(head)) || HEAD_WORDS.has(keyOf(head)));
}

/**
 * "stockbroker Kleinwort Grieveson in London": a noun for an organization right before the run names it; not
 * "the firm John Smith founded" (a verb follows), nor a name opened by a known given name.
 */
const namedAsOrganization = (words: Word[], run: Run): boolean =>
  ORGANIZATION_NOUNS.has(words[run.from - 1]?.lower) && words[run.to]?.pos !== 'VERB' && words[run.to]?.pos !== 'AUX' &&
  !FIRST_NAMES.has(words[run.from].key);

/** "the Bush administration", "the Assad regime", "the Trump years" (not "Three years"): a name leads a noun only a person's name leads. */
function leadsNoun(words: Word[], run: Run, nameWords: Word[]): boolean {
  const noun = words[run.to]?.lower;
  if (!PERSON_LED_NOUNS.has(noun) || ((noun === 'years' || noun === 'era') && words[run.from - 1]?.lower !== 'the')) return false;
  return allPlainWords(nameWords);
}

/** Does the run end in a given name and a word that makes it a thing ("Laurie Law", "Andrea West")? */
const endsLikeThing = (words: Word[], run: Run): boolean =>
  run.to - run.from > 1 && FIRST_NAMES.has(words[run.to - 2].key) && FAMILY_NAMES_ALSO_THINGS.has(words[run.to - 1].key);

/** Is there enough evidence that the name words are a person's? */
function isPersonEvidence(words: Word[], run: Run, nameWords: Word[], inRun: boolean, near: (NearTitle | null)[]): boolean {
  const count = nameKeys(nameWords).length;
  const [before, comma, after] = near;
  const first = keyOf(nameWords[0]);
  if (leadsNoun(words, run, nameWords)) return true;
  // "P. Simmons", "J.P. Bolduc": an initial before a capitalised word is a name's.
  if (nameWords[0].shape === 'initial') return true;
  if (count === 1) {
    // "Separately, one U.S. soldier ...": a sentence adverb before an apposition-like phrase is no name.
    const bare = !isCommonWord(nameWords[0]) && nameWords[0].pos !== 'ADV' && !SENTENCE_ADVERBS.has(first) && !PREPOSITIONS.has(words[run.from - 1]?.lower);
    return inRun || (!!before && !modifiesNoun(words, run.to)) || (!!(after || comma) && bare) ||
      (speaksAround(words, run.from, run.to) && bare && LAST_NAMES.has(first));
  }
  if (inRun || near.some(Boolean)) return true;
  // "The Chicago Merc said": a bare name after "the" opens with a known given name ("the Scott Peterson case").
  if (words[run.from - 1]?.lower === 'the' && !(count > 1 && FIRST_NAMES.has(first))) return false;
  // Without a title, a name does not open with a place, unless a given name or before a family name ("Hanoi Hilton";
  // "Chad Myers", "Jordan Peterson" are names).
  const last = nameWords[nameWords.length - 1];
  if (countryIn(nameWords[0].text) && !FIRST_NAMES.has(first) && !LAST_NAMES.has(keyOf(last))) return false;
  // "told Business Insider": a verb of saying proves nothing of English words.
  const capWords = nameWords.filter((w) => w.shape === 'cap');
  const plain = !capWords.some((w) => ENGLISH_ENDING.test(w.lower)) && !capWords.every(isCommonWord);
  return FIRST_NAMES.has(first) || LAST_NAMES.has(keyOf(last)) ||
    (speaksAround(words, run.from, run.to) && plain) || (count <= MAX_BARE_WORDS && standsAlone(words, run, nameWords));
}

const MAX_FIELD_WORDS = 3;
const FIELD_POS = new Set(['NOUN', 'ADJ', 'PROPN']); // not "Syria under President X"


/** "Kenyan central bank Governor X", "Iran's state oil company Chairman X": a country right before the office's field words. */
function countryBeforeField(doc: Doc, words: Word[], at: number): Tie | undefined {
  let k = at - 1;
  while (k >= 0 && at - 1 - k < MAX_FIELD_WORDS && words[k].shape === 'lower' && FIELD_POS.has(words[k].pos) && words[k].sentence === words[at].sentence && !FUNCTION_WORDS.has(words[k].key)) k--;
  if (k === at - 1 || k < 0) return undefined;
  if (words[k].lower === "'s") k--;
  return k >= 0 && words[k].sentence === words[at].sentence ? findCountry(words, k - 1, k + 1, doc.norm) : undefined;
}

/**
 * May word `at`, a run by itself, be read as a name? Only a capitalised word is, and (unless a particle, or a known family
 * name a verb of saying may show) only beside what shows a person: an office before it, a title before a comma, an
 * apposition after it, a noun only a name leads. The reading below asks no less of a lone word, so this cheap look,
 * which most lone words fail (sentence openers, places, bodies), never turns away one it would take.
 */
export function mayNameAlone(words: Word[], at: number): boolean {
  const w = words[at];
  if (w.shape !== 'cap') return false;
  if (NAME_PARTICLES.has(w.lower) || LAST_NAMES.has(w.key) || PERSON_LED_NOUNS.has(words[at + 1]?.lower ?? '')) return true;
  return !!(titleBefore(words, at) || titleBeforeComma(words, at) || appositionAfter(words, at + 1));
}

/** The name a run holds, when the run and its surroundings show it is a person's; otherwise null. */
export function readName(doc: Doc, words: Word[], whole: Run): NameFind | null {
  return whole.to - whole.from === 1 && !mayNameAlone(words, whole.from) ? null : readRun(doc, words, whole);
}

/** The whole reading of a run, whatever its length (`readName` passes lone words over first). */
export function readRun(doc: Doc, words: Word[], whole: Run): NameFind | null {
  // "German Tommy Haas", "U.N. Secretary-General X": a leading demonym or bloc is not part of the name.
  // "Ambassador to Canada David Hale", "Canada David Cohen": a country glued to the name is not part of it either.
  const to = titleBeforeTo(words, whole.from);
  const placeFirst = placeWordsFrom(words[whole.from].text) > 0;
  const place = placeFirst ? leadingPlace(words, whole.from, whole.to - whole.from - 1, doc.norm) : { length: 0 };
  const lead = place.length || !placeFirst ? place : { length: leadingCountry(words, whole.from, whole.to - whole.from - 1, doc.norm, !!to) };
  const run = { from: whole.from + lead.length, to: whole.to };
  // The office written right before the run, looked for once, and only when asked.
  let office: NearTitle | null | undefined;
  const before = (): NearTitle | null => (office === undefined ? (office = titleBefore(words, run.from)) : office);
  // Only "Shah", "Sultan" opening the run need to know whether an office stands before it.
  const titledBefore = TITLES_AS_GIVEN_NAMES.has(words[run.from].key) && !!before();
  const sentenceStart = lead.length === 0 && opensSentence(words, run.from);
  const parsed = parseRun(words, run, sentenceStart, titledBefore) ??
    // "Laurie Law, analyst at ...", "says Andrea West": a given name and a word that is also a thing's, shown a person.
    (endsLikeThing(words, run) && (appositionAfter(words, run.to) || before() || speaksAround(words, run.from, run.to))
      ? parseRun(words, run, sentenceStart, titledBefore, true) : null);
  if (!parsed) return null;
  const { nameFrom, nameTo } = parsed;
  const inRun = parsed.titles.length > 0;
  if (namesCountry(words, nameFrom, nameTo, doc.norm, !inRun) || (!inRun && followsPlaceOrBody(words, run.from))) return null;
  const bare = !inRun && nameFrom === run.from;
  if (bare && namedAsOrganization(words, run)) return null;
  const near = [bare ? (to && lead.length && !place.length ? to : before()) : null, lead.length ? null : titleBeforeComma(words, run.from), nameTo === run.to ? appositionAfter(words, nameTo) : null];
  const nameWords = words.slice(nameFrom, nameTo);
  if (!isPersonEvidence(words, run, nameWords, inRun, near)) return null;

  const titles = [...parsed.titles];
  let tie: Tie | undefined = place.length ? { code: place.code ?? '', at: whole.from } : (parsed.titleFrom > run.from ? findCountry(words, run.from, parsed.titleFrom, doc.norm) : undefined);
  if (inRun) tie ??= countryBefore(words, run.from, doc.norm) ?? countryBeforeField(doc, words, run.from);
  tie ??= countryOfBirth(words, run.from);
  let titleAt = inRun ? parsed.titleFrom : undefined;
  for (const n of near) {
    if (!n) continue;
    if (!RELATIONS.has(n.title)) titles.push(n.title);
    titleAt ??= n.at;
    tie ??= (n.at !== undefined ? countryBefore(words, n.at, doc.norm) : undefined) ?? findCountry(words, n.countryFrom, n.countryTo, doc.norm);
  }
  return { start: words[nameFrom].start, end: words[nameTo - 1].end, words: nameWords, titles, country: tie?.code || undefined, countryAt: tie?.at, bloc: tie?.code === '', titleAt };
}
