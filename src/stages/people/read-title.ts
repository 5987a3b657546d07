// Title phrases: "Foreign Minister", "Deputy Prime Minister", "Sheikh", "Lt. Gen.", "a researcher".
import { HONORIFICS, OFFICES, ROLES, TITLE_MODIFIERS, TITLE_PRE_WORDS } from '../../lexicon/titles.js';
import { titleCase } from '../../text-case.js';
import { officeTail } from './find-runs.js';
import type { Word } from './read-words.js';

/** A title phrase found in the text: words [from, to), and its normalized form. */
export interface TitlePhrase {
  from: number;
  to: number;
  title: string;
  /** An honorific ("Mr.", "Sheikh") rather than an office or role. */
  honorific: boolean;
}

/** A word's lexicon key: lower case, a trailing dot dropped. */
export const keyOf = (w: Word): string => w.key;

/** The office a word names: "Minister", or a hyphenated one built of title words ("Major-General"). */
export function officeOf(key: string): string | undefined {
  if (OFFICES.has(key) || !key.includes('-')) return OFFICES.get(key);
  const parts = key.split('-');
  const last = parts[parts.length - 1];
  if (parts.length > 1 && (last === 'designate' || last === 'elect')) {
    const office = officeOf(parts.slice(0, -1).join('-'));
    return office && `${office}-${last}`;
  }
  const head = OFFICES.get(parts[parts.length - 1]);
  if (!head || !parts.slice(0, -1).every((p) => TITLE_MODIFIERS.has(p) || OFFICES.has(p))) return undefined;
  return [...parts.slice(0, -1).map((p) => OFFICES.get(p) ?? titleCase(p)), head].join(' ');
}

/**
 * Can a title phrase (read with roles) end in word `w`? One ends in an office, a role or an honorific, or in the last
 * word of an office's field ("Minister of State for Foreign Affairs"): a cheap look before trying every start.
 */
export const mayEndTitle = (w: Word): boolean =>
  officeOf(w.key) !== undefined || ROLES.has(w.key) || HONORIFICS.has(w.key) || TITLE_MODIFIERS.has(w.lower);

const SMALL_WORDS = new Set(['of', 'for', 'the', 'and']);

/** The normalized title of words [from, to): an office in title case, a role by its head noun. */
function normalize(words: Word[], from: number, to: number): string {
  const head = keyOf(words[to - 1]);
  const capital = words[to - 1].shape === 'cap';
  const role = ROLES.get(head);
  // "Father X" is a priest; "the father, X" a parent.
  const honorific = HONORIFICS.get(head);
  if (to - from === 1 && honorific && (capital || !role)) return honorific;
  if (!capital && role && !(to - from > 1 && OFFICES.has(head))) return role;
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(officeOf(keyOf(words[i])) ?? titleCase(keyOf(words[i])));
  return parts.join(' ');
}

/**
 * The longest title phrase that starts at word `at` and ends before `limit`: pre-words ("former"),
 * modifiers and offices ("Deputy Prime Minister"), or one honorific ("Sheikh"); roles only when `lower`.
 */
export function readTitle(words: Word[], at: number, limit: number, lower = false): TitlePhrase | null {
  let from = at;
  while (from < limit && TITLE_PRE_WORDS.has(keyOf(words[from]))) from++;
  let best: TitlePhrase | null = null;
  let onlyModifiers = true;
  for (let i = from; i < limit; i++) {
    const w = words[i];
    if (!lower && w.shape !== 'cap' && w.shape !== 'acronym') break;
    const key = keyOf(w);
    const office = officeOf(key) !== undefined || (lower && ROLES.has(key));
    if (office || (HONORIFICS.has(key) && onlyModifiers)) {
      best = { from: at, to: i + 1, title: normalize(words, from, i + 1), honorific: !office };
      const tail = officeTail(words, i + 1);
      if (tail && i + 1 + tail <= limit) {
        const written = words.slice(i + 1, i + 1 + tail).map((t) => (SMALL_WORDS.has(t.lower) ? t.lower : titleCase(t.lower)));
        return { ...best, to: i + 1 + tail, title: `${best.title} ${written.join(' ')}` };
      }
      if (!office) break;
    }
    if (!TITLE_MODIFIERS.has(key) && !office) break;
    // "Energy Minister" ends before "Prince"; "Deputy Prime Minister", "Secretary General" go on.
    if (!onlyModifiers && office && !TITLE_MODIFIERS.has(key) && i > from && best && best.to === i + 1 && !TITLE_MODIFIERS.has(keyOf(words[i - 1]))) {
      best = { ...best, to: i, title: normalize(words, from, i) };
      break;
    }
    if (office) onlyModifiers = false;
  }
  return best;
}
