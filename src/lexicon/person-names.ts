// Given names, family names and other word classes from compromise's lexicon (MIT), read ONCE when this
// module loads (about 0.5 s, paid once per process). Keys are lower case.
import nlp from 'compromise/two';

type Tags = string | string[];
interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { switches: Record<string, string>; orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}
const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;

const FIRST = /^(MaleName|FemaleName|FirstName)$/;
const PLACE = /^(City|Country|Region|Place|Organization|SportsTeam|Demonym|Month|WeekDay|Date|Currency)$/;
const FUNCTION = /^(Preposition|Determiner|Conjunction|Pronoun|Possessive|Copula|QuestionWord|Adverb|Negative|Condition)$/;
const COMMON = /^(Adjective|Singular|Plural|Uncountable|Noun|Infinitive|PastTense|PresentTense|Gerund|Participle|Comparative|Superlative|Actor)$/;

const sets = { first: new Set<string>(), last: new Set<string>(), place: new Set<string>(), fn: new Set<string>(), common: new Set<string>() };
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.some((t) => FIRST.test(t))) sets.first.add(word);
  else if (list.includes('LastName')) sets.last.add(word);
  else if (list.some((t) => PLACE.test(t))) sets.place.add(word);
  else if (list.some((t) => FUNCTION.test(t))) sets.fn.add(word);
  else if (list.some((t) => COMMON.test(t))) sets.common.add(word);
}
// Words that are names or nouns by context ("bill", "grant", "frank"): given names too.
for (const [word, tag] of Object.entries(model.two.switches)) if (/^Person\|(Noun|Verb|Adj)$/.test(tag)) sets.first.add(word);

/** Given names ("antonio", "ursula"). */
export const FIRST_NAMES: ReadonlySet<string> = sets.first;
/** Family names ("smith", "aliyev"). */
export const LAST_NAMES: ReadonlySet<string> = sets.last;
/** Places, bodies, demonyms, months and weekdays ("london", "washington", "may"). */
export const PLACE_WORDS: ReadonlySet<string> = sets.place;
/** Function words: prepositions, determiners, pronouns, adverbs ("in", "the", "but"). */
export const FUNCTION_WORDS: ReadonlySet<string> = sets.fn;
/** Last words of the names of bodies and places ("agency", "university", "park", "river"). */
export const HEAD_WORDS: ReadonlySet<string> = new Set([...Object.keys(model.two.orgWords), ...Object.keys(model.two.placeWords)]);
/** Common words: nouns, adjectives and verbs ("police", "white", "said"). */
export const COMMON_WORDS: ReadonlySet<string> = sets.common;
