// The country and bloc lexicon: one Map from a phrase as written to what it names, built once at load
// from i18n-iso-countries' English names and our curated data (names, aliases, demonyms, capitals, blocs).
import { createRequire } from 'node:module';
import type { CountryForm } from '../doc.js';
import { BLOCS, type Bloc } from './blocs.js';
import { CAPITALS } from './capitals.js';
import { ALIASES, COMMON_NAMES, EXTRA_NAMES, HISTORICAL, SKIPPED_CODES } from './country-names.js';
import { DEMONYM_PLURALS, DEMONYMS } from './demonyms.js';
import { NOT_COUNTRIES } from './not-countries.js';

/** What `lookupCountry` returns: the country's code, its common name, and how the phrase names it. */
export interface CountryHit {
  code: string;
  name: string;
  form: CountryForm;
}

/** What a phrase names: a country, a bloc, or nothing (a phrase that only looks like a country). */
export type PlaceEntry =
  | ({ kind: 'country' } & CountryHit)
  | { kind: 'organization'; bloc: Bloc }
  | { kind: 'none' };

// Only the English names are registered: the package's main entry would load every locale.
const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries');
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));

const PHRASES = new Map<string, PlaceEntry>();
const NAMES = new Map<string, string>();
const LEADING_THE = /^the\s+/i;
const UNUSABLE = /[,(]/; // "Korea, Republic of", "Holy See (Vatican City State)"

function add(phrase: string, entry: PlaceEntry): void {
  if (!PHRASES.has(phrase)) PHRASES.set(phrase, entry);
}

function addCountry(phrase: string, code: string, form: CountryForm): void {
  if (SKIPPED_CODES.has(code)) return;
  add(phrase, { kind: 'country', code, name: NAMES.get(code) ?? code, form });
}

/** Plural of a demonym by the -s rule ("Italian" -> "Italians"), or null when it takes none ("French"). */
export function demonymPlural(word: string): string | null {
  return /(?:s|sh|ch|ese|x|z)$/.test(word) ? null : `${word}s`;
}

function build(): void {
  const all = iso.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(all)) {
    if (!SKIPPED_CODES.has(code)) NAMES.set(code, COMMON_NAMES[code] ?? names[0]);
  }
  for (const [code, h] of Object.entries(HISTORICAL)) NAMES.set(code, h.name);

  // Blocking phrases first: a phrase that only looks like a country never names one.
  for (const phrase of NOT_COUNTRIES) add(phrase, { kind: 'none' });
  // Curated names and aliases before the ISO list, so a shared name ("Congo") goes where we say.
  for (const [code, name] of NAMES) addCountry(name, code, 'name');
  for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const n of names) addCountry(n, code, 'name');
  for (const [code, h] of Object.entries(HISTORICAL)) {
    for (const n of h.names) addCountry(n, code, 'name');
    for (const a of h.aliases) addCountry(a, code, 'alias');
  }
  for (const [code, names] of Object.entries(ALIASES)) for (const a of names) addCountry(a, code, 'alias');
  for (const [code, names] of Object.entries(all)) {
    for (const n of names) {
      if (UNUSABLE.test(n)) continue;
      const bare = n.replace(LEADING_THE, '');
      // Short all-caps forms in the ISO list (US, UK, USA, UAE) are aliases.
      addCountry(bare, code, /^[A-Z.]+$/.test(bare) ? 'alias' : 'name');
    }
  }
  for (const bloc of BLOCS) for (const n of bloc.names) add(n, { kind: 'organization', bloc });
  for (const [code, words] of Object.entries(DEMONYMS)) {
    for (const w of words) {
      addCountry(w, code, 'demonym');
      const plural = demonymPlural(w);
      if (plural) addCountry(plural, code, 'demonym');
    }
  }
  for (const [code, words] of Object.entries(DEMONYM_PLURALS)) for (const w of words) addCountry(w, code, 'demonym');
  for (const [code, cities] of Object.entries(CAPITALS)) for (const c of cities) addCountry(c, code, 'capital');
}
build();

/** For each first word of a known phrase, the most words any phrase starting with it has. */
export const FIRST_WORDS: ReadonlyMap<string, number> = (() => {
  const firsts = new Map<string, number>();
  for (const phrase of PHRASES.keys()) {
    const words: string[] = phrase.match(/[\p{L}\p{N}]+/gu) ?? [];
    const first = words[0];
    if (first !== undefined) firsts.set(first, Math.max(firsts.get(first) ?? 0, words.length));
  }
  return firsts;
})();

/** What an exact phrase (as the text writes it) names, if anything: a country, a bloc, or a blocked look-alike. */
export function lookupPlace(phrase: string): PlaceEntry | undefined {
  return PHRASES.get(phrase);
}

const POSSESSIVE = /['\u2019]s?$/;

/**
 * The country an exact phrase names ("Italy", "Italians", "U.S.", "Kyiv"), or undefined. A leading "the",
 * a trailing possessive and curly apostrophes are tolerated; case is not folded ("turkey" is a bird).
 */
export function lookupCountry(phrase: string): CountryHit | undefined {
  const key = phrase.trim().replace(LEADING_THE, '').replace(/\u2019/g, "'");
  const hit = PHRASES.get(key) ?? PHRASES.get(key.replace(POSSESSIVE, ''));
  return hit?.kind === 'country' ? { code: hit.code, name: hit.name, form: hit.form } : undefined;
}

/** The common English name of a country code ("IT" -> "Italy"), or undefined. */
export function countryName(code: string): string | undefined {
  return NAMES.get(code);
}

/** Every phrase the lexicon knows that names a country, with its entry (for tests and tools). */
export function countryPhrases(): [string, CountryHit][] {
  const out: [string, CountryHit][] = [];
  for (const [p, e] of PHRASES) if (e.kind === 'country') out.push([p, { code: e.code, name: e.name, form: e.form }]);
  return out;
}
