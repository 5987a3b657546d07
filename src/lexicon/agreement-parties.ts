// Words around a country mention that decide whether it is a party to an agreement, lower case.

/** Prepositions after which a country is a place, not a party: "signed in Paris", "statements from Kyiv". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'across', 'within', 'inside', 'near', 'outside', 'around', 'throughout', 'into', 'via',
  // Verbs of going somewhere, whose object is a place: "troops to begin leaving Afghanistan".
  'leaving', 'entering', 'visiting', 'invading', 'crossing',
]);

/**
 * Words that make a country a go-between, not a party: glued before it ("a Turkish-brokered truce", "U.S.-backed"),
 * or just after it ("Qatar brokered a truce", "Egypt, the mediator").
 */
export const BROKER_WORDS: ReadonlySet<string> = new Set([
  'brokered', 'mediated', 'hosted', 'facilitated', 'sponsored', 'backed', 'led', 'mediator', 'mediators',
  'broker', 'brokers', 'host', 'hosts',
]);

/** Word runs that introduce a go-between, the country right after them: "mediated by Egypt", "with the help of Norway". */
export const MEDIATOR_INTRODUCERS: readonly (readonly string[])[] = [
  ['brokered', 'by'], ['mediated', 'by'], ['hosted', 'by'], ['facilitated', 'by'], ['sponsored', 'by'], ['backed', 'by'],
  ['with', 'the', 'help', 'of'], ['with', 'help', 'from'], ['with', 'the', 'mediation', 'of'], ['through', 'the', 'mediation', 'of'],
  ['under', 'the', 'auspices', 'of'], ['mediation', 'by'], ['mediation', 'of'],
];

/** Title words after which a nationality names a signatory's country: "Congolese Foreign Minister ... signed". */
export const OFFICIAL_WORDS: ReadonlySet<string> = new Set([
  'minister', 'president', 'prime', 'foreign', 'defence', 'defense', 'trade', 'energy', 'officials', 'official',
  'government', 'leader', 'king', 'chancellor', 'secretary', 'deputy', 'vice', 'envoy', 'delegation', 'negotiators',
  'diplomats', 'ambassador',
]);

/**
 * Organizations that host or broker agreements between their members but are no party to them: "the United Nations
 * Convention", "the African Union's envoy". The African Union's code is also Australia's, which is what AU means
 * among parties (docs/FIXTURES.md).
 */
export const FORUM_ORGANIZATIONS: ReadonlySet<string> = new Set(['UN', 'AU']);

/** Words that open a phrase's postmodifier naming its parties: "the agreement between Russia and Turkey". */
export const DEFINING_OPENERS: ReadonlySet<string> = new Set(['between', 'with', 'among', 'that', 'which']);

/** Heads of state institutions' formal names whose "of" names the state they sign for: "the Central Bank of Kenya". */
export const STATE_INSTITUTION_HEADS: ReadonlySet<string> = new Set(['bank']);

/** Words of breach: a country accused "of violations" of an agreement is bound by it. */
export const VIOLATION_WORDS: ReadonlySet<string> = new Set([
  'violation', 'violations', 'violating', 'breach', 'breaches', 'breaching', 'noncompliance', 'non-compliance',
]);

/** Words that open a reference to the two parties last named: "both governments", "the two neighbours". */
export const PAIR_OPENERS: readonly (readonly string[])[] = [['both'], ['the', 'two']];

/** Nouns that, after a pair opener, stand for two countries or blocs. */
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  'countries', 'governments', 'sides', 'nations', 'neighbours', 'neighbors', 'states', 'parliaments', 'cabinets',
  'capitals', 'allies', 'blocs', 'adversaries', 'rivals', 'foes', 'enemies', 'superpowers', 'powers', 'leaders', 'presidents',
]);

/** Verbs by which a state reacts to an agreement it is no party to: "Israel and the United States objected to the deal". */
export const REACTION_VERBS: ReadonlySet<string> = new Set([
  'objected', 'object', 'objects', 'opposed', 'oppose', 'opposes', 'criticized', 'criticised', 'criticizes', 'criticises',
  'condemned', 'condemns', 'welcomed', 'welcomes', 'praised', 'praises', 'hailed', 'hails', 'slammed', 'slams', 'denounced',
  'denounces', 'protested', 'protests', 'questioned', 'questions', 'feared', 'fears', 'warned', 'warns', 'applauded', 'applauds',
]);
