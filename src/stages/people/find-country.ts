// The country a person is tied to: "Italian Foreign Minister X", "Qatar's Foreign Minister X", "X, Iran's envoy".
import { lookupCountry, lookupPlace } from '../../lexicon/countries.js';
import type { Word } from './read-words.js';

const MAX_WORDS = 4;

/** The country words [from, to) name together ("United States", "Italian"; a capital only if `capitals`). */
export function namesCountry(words: Word[], from: number, to: number, text: string, capitals = true): string | undefined {
  if (from < 0 || to > words.length || to <= from || to - from > MAX_WORDS) return undefined;
  const hit = lookupCountry(text.slice(words[from].start, words[to - 1].end));
  return hit && (capitals || hit.form !== 'capital') ? hit.code : undefined;
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

/** The ISO code of the first country named by capitalised words in [from, to), longest phrase first. */
export function findCountry(words: Word[], from: number, to: number, text: string): string | undefined {
  const end = Math.min(to, words.length);
  for (let i = Math.max(0, from); i < end; i++) {
    if (words[i].shape !== 'cap' && words[i].shape !== 'acronym') continue;
    for (let j = Math.min(end, i + MAX_WORDS); j > i; j--) {
      const hit = lookupCountry(text.slice(words[i].start, words[j - 1].end));
      if (hit && hit.form !== 'capital') return hit.code;
    }
  }
  return undefined;
}
