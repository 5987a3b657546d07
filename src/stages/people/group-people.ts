// One person per individual: mentions of a name are grouped by their words ("Zelensky" within "Volodymyr Zelensky").
import type { Span } from '../../doc.js';
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import type { Word } from './read-words.js';

/** A name found in the text, with what the article says about its bearer. */
export interface NameFind extends Span {
  /** The name's words, e.g. [Khalid, bin, Abdulrahman, Al-Nasser]. */
  words: Word[];
  titles: string[];
  country?: string;
}

/** A person as it is gathered: the fullest name seen, every title, and the mentions. */
export interface PersonDraft {
  name: Word[];
  keys: string[];
  titles: string[];
  country?: string;
  mentions: Span[];
}

/** The words that identify a bearer: name words without particles, initials or suffixes. */
export function nameKeys(words: Word[]): string[] {
  return words.filter((w) => w.shape === 'cap' && !NAME_PARTICLES.has(w.lower)).map((w) => w.lower.replace(/^(al|el)-/, ''));
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
    if (!p) {
      p = { name: f.words, keys, titles: [], mentions: [] };
      people.push(p);
    } else if (f.words.length > p.name.length) {
      p.name = f.words;
      p.keys = keys;
    }
    addToIndex(index, p);
    for (const t of f.titles) if (!p.titles.includes(t)) p.titles.push(t);
    p.country ??= f.country;
    p.mentions.push({ start: f.start, end: f.end });
    last.set(p, f.start);
  }
  return people;
}
