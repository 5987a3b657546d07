// Words that shape the clause around an agreement phrase, lower case: where a clause ends, whose event a date
// belongs to, and what a statement of bindingness says.

/** Words that open another clause: a country beyond one is not a party to the phrase ("... as Tokyo courts Seoul"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as', 'while', 'although', 'though', 'because', 'whereas', 'but', 'after', 'before', 'since', 'until', 'when',
  'which', 'where', 'whose',
]);

/** Words that open a relative clause on the phrase: "the Windsor Framework, which the UK and the EU agreed". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'that']);

/**
 * Words that put a date in another event's clause than the cue's: "signed ... after Washington walked away on
 * Monday", "signed the contract, said deliveries would start in 2025".
 */
export const OTHER_EVENT_WORDS: ReadonlySet<string> = new Set([
  'after', 'before', 'since', 'until', 'while', 'when', 'said', 'says', 'told', 'added',
]);

/**
 * Clause openers that are also prepositions: with no verb after them (before a comma) they open a phrase, not a
 * clause ("since the 1990s", "before the climate conference in November"), and do not part what stands around them.
 */
export const PREPOSITION_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/** Words just before a date that make it the start of a period, not the date of an event: "since the 1990s". */
export const PERIOD_START_WORDS: ReadonlySet<string> = new Set(['since']);

/** Words just before a date that make it the date of a report, not of the event: "said on Tuesday". */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'announced', 'reported']);

/** Prepositions that join a noun cue to its topic past adverbials: "talks in Addis Ababa on Wednesday on a new truce". */
export const CUE_TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'over', 'about', 'for', 'regarding', 'concerning']);

/** Date phrases that mean the date of the last event told: "on the same day". */
export const SAME_DAY = /^(?:the|that) (?:same )?(?:day|date)$/i;

/** Sentence openers that refer to the agreement just named: "It is not legally binding." */
export const BACK_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this']);

/** A word that speaks of bindingness: "binding", "non-binding", "legally-binding". */
export const BINDING_WORD = /^(?:non-?|legally-)?binding$/;

/** Words before "binding" that deny it: "not legally binding". */
export const BINDING_DENIALS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nor']);

/** Words that make bindingness an open question: "had not settled whether the code would be legally binding". */
export const OPEN_QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if']);

/** Linking verbs that make "binding" a statement: "the treaty is binding". */
export const COPULAS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'become', 'becomes', "'s",
]);

/** Nouns after "binding" that make it a statement: "a binding agreement". */
export const BINDING_NOUNS: ReadonlySet<string> = new Set([
  'agreement', 'agreements', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'pacts', 'deal', 'deals',
  'commitment', 'commitments',
]);

/** Words that make a phrase after a comma another name of the one before: "the accord, known as the Minsk agreements". */
export const NAMING_PHRASES: readonly string[] = ['known as', 'also known as', 'called', 'dubbed'];
