// Later (or earlier) mentions of people already found, by part of their name: "Zelensky", "Van der Berg".
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import type { Run } from './find-runs.js';
import { findBearer, mayNameByPart, nameKey, nameKeys, type NameFind, type PeopleIndex, type PersonDraft } from './group-people.js';
import { titleCase } from '../../text-case.js';
import { countryIn, countryOfBirth } from './find-country.js';
import { isCommonWord, isDateWord } from './parse-run.js';
import { FIRST_NAMES, PLACE_WORDS } from '../../lexicon/person-names.js';
import type { Word } from './read-words.js';

const NOT_BEFORE_A_NAME = new Set(['in', 'on', 'since', 'until', 'by', 'of', 'from', 'early', 'late', 'mid', 'last', 'next', 'this']);

const MAX_WORDS = 6;
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** A month read as a surname ("May") only when no date ("in May", "May 2022") or question ("May I") is around it. */
function readsAsDate(words: Word[], from: number, to: number): boolean {
  if (to - from !== 1 || !isDateWord(words[from])) return false;
  return NOT_BEFORE_A_NAME.has(words[from - 1]?.lower) || /^\d/.test(words[to]?.text ?? '') || PRONOUNS.has(words[to]?.lower);
}

/**
 * May words [from, to) be a given name used alone for someone named in full before ("Elena said")? Only a known
 * given name or that of someone the text gives a title (checked by the caller), written alone; not a place
 * ("Jordan's King"), not a common word opening its sentence ("Will they?"), not before a possessive title.
 */
function mayStandAlone(words: Word[], run: Run, from: number, to: number): boolean {
  if (to - from !== 1 || run.from !== from || run.to !== to) return false; // not "Camp [David]", "St. [Louis]"
  const w = words[from];
  if (countryIn(w.text) || PLACE_WORDS.has(w.key)) return false;
  const opens = from === 0 || words[from - 1].sentence !== w.sentence;
  return !(opens && isCommonWord(w));
}

/** Mentions of known people inside a run that is not itself a name: "Zelensky" in a headline, "Van der Berg". */
export function findKnownMentions(index: PeopleIndex, words: Word[], run: Run): NameFind[] {
  const found: NameFind[] = [];
  const last = new Map<PersonDraft, number>();
  let i = run.from;
  while (i < run.to) {
    if (!NAME_PARTICLES.has(words[i].lower) && !index.has(nameKey(words[i]) ?? '')) {
      i++;
      continue;
    }
    let end = -1;
    for (let j = i; j < Math.min(run.to, i + MAX_WORDS); j++) {
      if (words[j].shape === 'particle' || NAME_PARTICLES.has(words[j].lower)) continue;
      const keys = nameKeys(words.slice(i, j + 1));
      if (!keys.length) continue;
      const bearer = findBearer(index, keys, last, true);
      if (!bearer) break;
      // "Jordan" in "Jordan's King Abdullah" is not the Jordan Peterson introduced later.
      if (mayNameByPart(bearer, keys, words[i].start, mayStandAlone(words, run, i, j + 1) && (bearer.titles.length > 0 || FIRST_NAMES.has(words[i].key)))) end = j + 1;
    }
    if (end > i && !readsAsDate(words, i, end)) {
      const born = countryOfBirth(words, i);
      found.push({ start: words[i].start, end: words[end - 1].end, words: words.slice(i, end), titles: [], country: born?.code, countryAt: born?.at });
      i = end;
    } else i++;
  }
  return found;
}

const CAPITALS_WORD = /^[\p{Lu}'-]+$/u;
const PIECE = /[\p{Lu}']{2,}/gu;

/**
 * Words written in capitals ("SOCCER-SHEARER NAMED", "ROBERTO DURAN FIGHTS") that may be known people's names, as
 * title-case words: each piece between hyphens a word, with its offsets; runs of them side by side.
 */
export function capitalWords(words: Word[], index: PeopleIndex): { words: Word[]; runs: Run[] } {
  const out: Word[] = [];
  const runs: Run[] = [];
  let from = 0;
  const close = () => {
    if (out.length > from) runs.push({ from, to: out.length });
    from = out.length;
  };
  for (const w of words) {
    // Only words shaped as initials or other marks can be written in capitals ("SHEARER", "SOCCER-SHEARER").
    const first = w.text.charCodeAt(0);
    const inCapitals = (w.shape === 'acronym' || w.shape === 'other') && ((first >= 65 && first <= 90) || first > 127) && CAPITALS_WORD.test(w.text);
    if (!inCapitals || (out.length && out[out.length - 1].sentence !== w.sentence)) close();
    if (!inCapitals) continue;
    for (const m of w.text.matchAll(PIECE)) {
      const start = w.start + m.index;
      const lower = m[0].toLowerCase();
      const word: Word = { ...w, start, end: start + m[0].length, text: titleCase(m[0]), lower, key: lower, shape: 'cap' };
      // Only the words of known names, and no common word: "YOUNG PEOPLE" is not Paul Young.
      if (isCommonWord(word) || !(index.has(lower) || NAME_PARTICLES.has(lower))) close();
      else out.push(word);
    }
  }
  close();
  return { words: out, runs };
}
