import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BLOCS } from '../../src/lexicon/blocs.js';
import { CAPITALS } from '../../src/lexicon/capitals.js';
import { ALIASES, COMMON_NAMES, EXTRA_NAMES, HISTORICAL } from '../../src/lexicon/country-names.js';
import { countryName, countryPhrases, demonymPlural, lookupCountry, lookupPlace } from '../../src/lexicon/countries.js';
import { DEMONYM_PLURALS, DEMONYMS } from '../../src/lexicon/demonyms.js';
import { NOT_COUNTRIES } from '../../src/lexicon/not-countries.js';

const iso = createRequire(import.meta.url)('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries');
const isKnownCode = (code: string) => code in HISTORICAL || iso.alpha2ToNumeric(code) !== undefined || code === 'XK';

/** Every curated phrase, grouped by code, with the form it must come back with. */
const byCode = new Map<string, [string, string][]>();
const put = (code: string, phrase: string, form: string) => {
  if (!byCode.has(code)) byCode.set(code, []);
  byCode.get(code)!.push([phrase, form]);
};
for (const [code, name] of Object.entries(COMMON_NAMES)) put(code, name, 'name');
for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const n of names) put(code, n, 'name');
for (const [code, names] of Object.entries(ALIASES)) for (const a of names) put(code, a, 'alias');
for (const [code, h] of Object.entries(HISTORICAL)) {
  for (const n of h.names) put(code, n, 'name');
  for (const a of h.aliases) put(code, a, 'alias');
}
for (const [code, words] of Object.entries(DEMONYMS)) {
  for (const w of words) {
    put(code, w, 'demonym');
    const plural = demonymPlural(w);
    // "Philippine" -> "Philippines" is the country's name, which wins.
    if (plural && plural !== 'Philippines') put(code, plural, 'demonym');
  }
}
for (const [code, words] of Object.entries(DEMONYM_PLURALS)) for (const w of words) put(code, w, 'demonym');
for (const [code, cities] of Object.entries(CAPITALS)) for (const c of cities) put(code, c, 'capital');

describe('country lexicon: every entry, by code', () => {
  it.each([...byCode.keys()].sort())('%s: a known code with a name, and each of its phrases looks up to it', (code) => {
    expect(isKnownCode(code), `${code} is an ISO 3166-1 alpha-2 or historical code`).toBe(true);
    expect(countryName(code)).toBeTruthy();
    for (const [phrase, form] of byCode.get(code)!) {
      expect(lookupCountry(phrase), phrase).toEqual({ code, name: countryName(code), form });
    }
  });

  it('every ISO phrase the lexicon holds maps to a known code', () => {
    for (const [phrase, hit] of countryPhrases()) expect(isKnownCode(hit.code), phrase).toBe(true);
  });
});

describe('lookupCountry', () => {
  const rows: [string, string, string, string, string][] = [
    ['Italy', 'IT', 'Italy', 'name', 'a name'],
    ['Italian', 'IT', 'Italy', 'demonym', 'a demonym'],
    ['Italians', 'IT', 'Italy', 'demonym', 'a plural demonym'],
    ['U.S.', 'US', 'United States', 'alias', 'an abbreviation'],
    ['Kyiv', 'UA', 'Ukraine', 'capital', 'a capital'],
    ['the United Arab Emirates', 'AE', 'United Arab Emirates', 'name', 'a leading "the" is tolerated'],
    ['Ukraine\u2019s', 'UA', 'Ukraine', 'name', 'a possessive is tolerated'],
    ["Côte d'Ivoire", 'CI', "Côte d'Ivoire", 'name', 'the ISO spelling with its accent'],
    ['Ivory Coast', 'CI', "Côte d'Ivoire", 'name', 'the English name'],
    ['Congo', 'CD', 'Democratic Republic of the Congo', 'alias', 'bare "Congo" is the DRC'],
    ['Republic of the Congo', 'CG', 'Republic of the Congo', 'name', 'Congo-Brazzaville'],
    ['Turkey', 'TR', 'Turkey', 'name', 'the common English name'],
    ['Türkiye', 'TR', 'Turkey', 'alias', 'the official English name since 2022'],
    ['Soviet Union', 'SU', 'Soviet Union', 'name', 'a historical state'],
    ['Czechoslovakia', 'CS', 'Czechoslovakia', 'name', 'a historical state'],
    ['China', 'CN', 'China', 'name', 'the common name, not "People\'s Republic of China"'],
  ];
  it.each(rows)('%j -> %s %s %s (%s)', (phrase, code, name, form) => {
    expect(lookupCountry(phrase)).toEqual({ code, name, form });
  });

  const negatives: [string, string][] = [
    ['turkey', 'case is not folded: the bird'],
    ['Latin America', 'a region'],
    ['New Mexico', 'a US state'],
    ['Indian Ocean', 'an ocean'],
    ['European Union', 'a bloc, not a country'],
    ['Atlantis', 'unknown'],
    ['', 'empty'],
  ];
  it.each(negatives)('%j -> undefined (%s)', (phrase) => {
    expect(lookupCountry(phrase)).toBeUndefined();
  });

  it.each(NOT_COUNTRIES)('%j is not a country', (phrase) => {
    expect(lookupCountry(phrase)).toBeUndefined();
  });
});

describe('blocs', () => {
  it.each(BLOCS.map((b) => [b.code, b] as const))('%s: members are known codes and every name looks up to it', (_code, bloc) => {
    for (const m of bloc.members ?? []) expect(isKnownCode(m), m).toBe(true);
    expect(new Set(bloc.members ?? []).size).toBe((bloc.members ?? []).length);
    for (const n of bloc.names) {
      const hit = lookupPlace(n);
      expect(hit?.kind === 'organization' && hit.bloc.code, n).toBe(bloc.code);
    }
  });
});
