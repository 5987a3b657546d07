// Stage: country and bloc mentions, from one scan of the text against the country lexicon.
import type { Country, CountryForm, Mention, Organization, Stage } from '../doc.js';
import { SUCCESSORS } from '../lexicon/country-names.js';
import { countryName } from '../lexicon/countries.js';
import { standsForGovernment, type CapitalMemory } from './countries/check-capital.js';
import { namesSomethingElse, readArticleSigns } from './countries/check-context.js';
import { findPhrases } from './countries/find-phrases.js';

/** The state a country word names at the article's date: "Moscow" in 1987 is the Soviet Union's capital. */
function stateAt(code: string, form: CountryForm, referenceDate: string | null): string {
  if (!referenceDate) return code;
  const union = SUCCESSORS.find((s) => s.code === code && s.forms.includes(form) && referenceDate < s.until);
  return union?.union ?? code;
}

/** Priority of country and organization mentions when spans tie (see resolve-overlaps). */
const PRIORITY = 3;

/** Stage: proposes country mentions (name, alias, demonym, capital) and bloc mentions; fills countries and organizations. */
export const tagCountries: Stage = (doc) => {
  const mentions: Mention[] = [];
  const countries = new Map<string, Country>();
  const organizations = new Map<string, Organization>();
  let lastCapital: CapitalMemory | null = null;
  const signs = readArticleSigns(doc);
  for (const hit of findPhrases(doc.norm)) {
    const { entry, start, end } = hit;
    if (entry.kind === 'country') {
      if (namesSomethingElse(doc, hit, signs)) continue;
      if (entry.form === 'capital') {
        lastCapital = { end, government: standsForGovernment(doc, hit, lastCapital) };
        if (!lastCapital.government) continue;
      }
      const code = stateAt(entry.code, entry.form, doc.referenceDate);
      mentions.push({ kind: 'country', start, end, entity: code, priority: PRIORITY, form: entry.form });
      if (!countries.has(code)) countries.set(code, { id: code, code, name: countryName(code) ?? code });
    } else if (entry.kind === 'organization') {
      const { bloc } = entry;
      mentions.push({ kind: 'organization', start, end, entity: bloc.code, priority: PRIORITY });
      if (!organizations.has(bloc.code)) {
        organizations.set(bloc.code, { id: bloc.code, name: bloc.name, code: bloc.code, ...(bloc.members ? { members: [...bloc.members] } : {}) });
      }
    }
  }
  return {
    ...doc,
    mentions: [...doc.mentions, ...mentions],
    countries: [...doc.countries, ...countries.values()],
    organizations: [...doc.organizations, ...organizations.values()],
  };
};
