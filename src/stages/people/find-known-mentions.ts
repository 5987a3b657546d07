// Later (or earlier) mentions of people already found, by part of their name: "Zelensky", "Van der Berg".
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import type { Run } from './find-runs.js';
import { findBearer, mayNameByPart, nameKeys, type NameFind, type PeopleIndex, type PersonDraft } from './group-people.js';
import { countryOfBirth } from './find-country.js';
import { isDateWord } from './parse-run.js';
import type { Word } from './read-words.js';

const NOT_BEFORE_A_NAME = new Set(['in', 'on', 'since', 'until', 'by', 'of', 'from', 'early', 'late', 'mid', 'last', 'next', 'this']);

const MAX_WORDS = 6;
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** A month read as a surname ("May") only when no date ("in May", "May 2022") or question ("May I") is around it. */
function readsAsDate(words: Word[], from: number, to: number): boolean {
  if (to - from !== 1 || !isDateWord(words[from])) return false;
  return NOT_BEFORE_A_NAME.has(words[from - 1]?.lower) || /^\d/.test(words[to]?.text ?? '') || PRONOUNS.has(words[to]?.lower);
}

/** Mentions of known people inside a run that is not itself a name: "Zelensky" in a headline, "Van der Berg". */
export function findKnownMentions(index: PeopleIndex, words: Word[], run: Run): NameFind[] {
  const found: NameFind[] = [];
  const last = new Map<PersonDraft, number>();
  let i = run.from;
  while (i < run.to) {
    if (!NAME_PARTICLES.has(words[i].lower) && !index.has(nameKeys([words[i]])[0] ?? '')) {
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
      if (mayNameByPart(bearer, keys, words[i].start)) end = j + 1;
    }
    if (end > i && !readsAsDate(words, i, end)) {
      const born = countryOfBirth(words, i);
      found.push({ start: words[i].start, end: words[end - 1].end, words: words.slice(i, end), titles: [], country: born?.code, countryAt: born?.at });
      i = end;
    } else i++;
  }
  return found;
}
