// Given names, family names and other word classes (from compromise's lexicon, MIT), lower case. Read from
// name-words.json, which the build derives from compromise (derive-name-words.ts); where the build has not
// run (the sources run directly, in development), derived from compromise here, once.
import { existsSync, readFileSync } from 'node:fs';
import { deriveNameWords, type NameWords } from './derive-name-words.js';

const built = new URL('./name-words.json', import.meta.url);
const words: NameWords = existsSync(built) ? (JSON.parse(readFileSync(built, 'utf8')) as NameWords) : await deriveNameWords();

/** Given names ("antonio", "ursula"). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(words.first);
/** Family names ("smith", "aliyev"). */
export const LAST_NAMES: ReadonlySet<string> = new Set(words.last);
/** Places, bodies, demonyms, months and weekdays ("london", "washington", "may"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(words.place);
/** Function words: prepositions, determiners, pronouns, adverbs ("in", "the", "but"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words.fn);
/** Last words of the names of bodies and places ("agency", "university", "park", "river"). */
export const HEAD_WORDS: ReadonlySet<string> = new Set(words.head);
/** Common words: nouns, adjectives and verbs ("police", "white", "said"). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(words.common);
