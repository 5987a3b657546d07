// The state of a head of state or government the text names but ties to none: "President Reagan", "Tony Blair is
// pressing the US" (src/lexicon/leaders.ts).
import { HEAD_TITLES, LEADERS } from '../../lexicon/leaders.js';
import type { PersonDraft } from './group-people.js';

/** Accents are dropped by decomposing; a name in ASCII has none, and is not decomposed. */
const NON_ASCII = /[^\x00-\x7f]/;

/** A name as looked up: lower case, accents and punctuation dropped ("George H.W. Bush" -> "george h w bush"). */
const keyOf = (name: string): string =>
  (NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const BY_NAME = new Map<string, string>();
/** Each word that may name a leader alone after a head's title (a family name, written first or last), to the states. */
const BY_WORD = new Map<string, Set<string>>();
for (const [code, names] of Object.entries(LEADERS)) {
  for (const name of names) {
    const key = keyOf(name);
    BY_NAME.set(key, code);
    const parts = key.split(' ');
    for (const w of new Set([parts[0], parts[parts.length - 1]])) {
      if (!BY_WORD.has(w)) BY_WORD.set(w, new Set());
      BY_WORD.get(w)!.add(code);
    }
  }
}

/**
 * The state of a listed leader: by the person's full name, or, when the text calls them a head of state or government
 * ("President Reagan"), by one word of it that names listed leaders of one state only ("President Kim": two states, none).
 */
export function leaderState(p: PersonDraft, text: string): string | undefined {
  const name = keyOf(text.slice(p.name[0].start, p.name[p.name.length - 1].end));
  const byName = BY_NAME.get(name);
  if (byName) return byName;
  if (name.includes(' ') || !p.titles.some((t) => HEAD_TITLES.has(t.toLowerCase()))) return undefined;
  const codes = BY_WORD.get(name);
  return codes?.size === 1 ? codes.values().next().value : undefined;
}
