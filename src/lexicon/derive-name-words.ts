// Given names, family names and other word classes, derived from compromise's lexicon (MIT). Run once at
// build time (`npm run build` writes dist/lexicon/name-words.json), so a running wirescan never loads
// compromise itself (~0.5 s and ~25 MB a thread); see name-words.ts.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

type Tags = string | string[];
interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { switches: Record<string, string>; orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

/** The word classes, as sorted lists of lower-case words. */
export interface NameWords {
  first: string[];
  last: string[];
  place: string[];
  fn: string[];
  common: string[];
  head: string[];
}

const FIRST = /^(MaleName|FemaleName|FirstName)$/;
const PLACE = /^(City|Country|Region|Place|Organization|SportsTeam|Demonym|Month|WeekDay|Date|Currency)$/;
const FUNCTION = /^(Preposition|Determiner|Conjunction|Pronoun|Possessive|Copula|QuestionWord|Adverb|Negative|Condition)$/;
const COMMON = /^(Adjective|Singular|Plural|Uncountable|Noun|Infinitive|PastTense|PresentTense|Gerund|Participle|Comparative|Superlative|Actor)$/;

/** Read compromise's lexicon and sort its words into the classes the people stage uses. */
export async function deriveNameWords(): Promise<NameWords> {
  const nlp = (await import('compromise/two')).default;
  const model = nlp.model() as unknown as Model;
  const sets = { first: new Set<string>(), last: new Set<string>(), place: new Set<string>(), fn: new Set<string>(), common: new Set<string>() };
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((t) => FIRST.test(t))) sets.first.add(word);
    else if (list.includes('LastName')) sets.last.add(word);
    else if (list.some((t) => PLACE.test(t))) sets.place.add(word);
    else if (list.some((t) => FUNCTION.test(t))) sets.fn.add(word);
    else if (list.some((t) => COMMON.test(t))) sets.common.add(word);
  }
  // Words that are names or nouns by context ("bill", "grant", "frank"): given names too.
  for (const [word, tag] of Object.entries(model.two.switches)) if (/^Person\|(Noun|Verb|Adj)$/.test(tag)) sets.first.add(word);
  const head = new Set([...Object.keys(model.two.orgWords), ...Object.keys(model.two.placeWords)]);
  const sorted = (s: Set<string>) => [...s].sort();
  return { first: sorted(sets.first), last: sorted(sets.last), place: sorted(sets.place), fn: sorted(sets.fn), common: sorted(sets.common), head: sorted(head) };
}

// At build time: `node dist/lexicon/derive-name-words.js` writes name-words.json beside itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(new URL('./name-words.json', import.meta.url), `${JSON.stringify(await deriveNameWords())}\n`);
}
