// Head nouns of agreement phrases, lower case, each plural form mapped to its singular.
// Strong heads name an agreement wherever they stand as nouns; weak heads only with a status verb,
// a fixed phrase, or as a definite reference to an agreement already in focus; anaphor heads only the last.

import { BODY_WORDS } from './body-words.js';

/** Nouns that name an agreement on their own ("a pact", "the treaty"). */
export const STRONG_HEADS: ReadonlyMap<string, string> = new Map(Object.entries({
  agreement: 'agreement', agreements: 'agreement',
  treaty: 'treaty', treaties: 'treaty',
  accord: 'accord', accords: 'accord',
  pact: 'pact', pacts: 'pact',
  deal: 'deal', deals: 'deal',
  truce: 'truce', truces: 'truce',
  ceasefire: 'ceasefire', ceasefires: 'ceasefire', 'cease-fire': 'ceasefire', 'cease-fires': 'ceasefire',
  armistice: 'armistice', armistices: 'armistice', contract: 'contract', contracts: 'contract',
  mou: 'memorandum', mous: 'memorandum', fta: 'agreement', ftas: 'agreement',
}));

/** Nouns that are an agreement only with support ("a framework was signed", "that arrangement"). */
export const WEAK_HEADS: ReadonlyMap<string, string> = new Map(Object.entries({
  framework: 'framework', frameworks: 'framework',
  arrangement: 'arrangement', arrangements: 'arrangement',
  understanding: 'understanding', understandings: 'understanding',
  partnership: 'partnership', partnerships: 'partnership',
  protocol: 'protocol', protocols: 'protocol',
  declaration: 'declaration', declarations: 'declaration',
  convention: 'convention', conventions: 'convention',
  compact: 'compact', compacts: 'compact',
  charter: 'charter', charters: 'charter',
  memorandum: 'memorandum', memoranda: 'memorandum', memorandums: 'memorandum',
  guarantee: 'guarantee', guarantees: 'guarantee', code: 'code', codes: 'code',
  swap: 'swap', swaps: 'swap',
  loan: 'loan', loans: 'loan', package: 'package', packages: 'package',
  rescheduling: 'rescheduling', reschedulings: 'rescheduling', refinancing: 'refinancing', refinancings: 'refinancing',
}));

/** Nouns that refer back to an agreement in focus, after "the"/"this"/"that", and name none on their own. */
export const ANAPHOR_HEADS: ReadonlyMap<string, string> = new Map([['document', 'document']]);

/** Weak heads that are an agreement only in a fixed phrase ("security guarantees", "a financing package"), never alone. */
export const FIXED_ONLY_HEADS: ReadonlySet<string> = new Set(['guarantee', 'package']);

/**
 * Heads of a state's financing deals (with lenders, creditors, the IMF): an agreement in a fixed phrase ("a bridge
 * loan"), with a cue, or with a sum of money ("its 20.2 billion dlr rescheduling").
 */
export const FINANCE_HEADS: ReadonlySet<string> = new Set(['loan', 'package', 'rescheduling', 'refinancing']);

/** Modifiers that make a premodified finance head a sum of money: "a 500 mln-dlr loan", "its 20.2 billion dlr rescheduling". */
export const MONEY_WORDS = /^(?:\$|€|£|dlr|dlrs|dollar|dollars|mln|bln|billion|million|[\d.,]+(?:-?(?:mln|bln|billion|million))?(?:-dlr|-dollar)?|[\d.,]*-?(?:mln|bln|billion|million)-(?:dlr|dollar))$/;

/** Nouns an agreement noun can modify ("ceasefire talks", "Warsaw Pact nations"): the phrase is then a modifier. */
export const COMPOUND_FOLLOWERS: ReadonlySet<string> = new Set([
  'talks', 'negotiations', 'negotiators', 'terms', 'violation', 'violations', 'line', 'lines', 'monitors', 'monitoring',
  'process', 'countries', 'nations', 'members', 'member', 'states', 'allies', 'partners', 'deadline', 'zone', 'area',
  'obligations', 'commitments', 'partner', 'proposal', 'proposals', 'plan', 'framework', 'signatories', 'signatory',
]);

/** Heads completed by an of-phrase: "memorandum of understanding", "declaration of principles". */
export const OF_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  memorandum: new Set(['understanding', 'cooperation', 'agreement', 'intent']),
  memoranda: new Set(['understanding', 'cooperation', 'agreement']),
  memorandums: new Set(['understanding', 'cooperation', 'agreement']),
  declaration: new Set(['principles', 'intent', 'cooperation', 'partnership']),
  declarations: new Set(['principles', 'intent']),
  letter: new Set(['intent']),
  letters: new Set(['intent']),
  cessation: new Set(['hostilities']),
  code: new Set(['conduct']),
  exchange: new Set(['notes']),
}));

/** Weak heads that stand alone with these modifiers: "security guarantees", "currency swap arrangement". */
export const FIXED_WEAK_PHRASES: ReadonlyArray<readonly [modifier: string, head: string]> = [
  ['security', 'guarantee'], ['swap', 'arrangement'], ['framework', 'convention'], ['currency', 'swap'],
  ['bridge', 'loan'], ['bailout', 'loan'], ['rescue', 'loan'], ['stand-by', 'loan'], ['standby', 'loan'], ['syndicated', 'loan'],
  ['financing', 'package'], ['debt', 'package'], ['rescue', 'package'], ['bailout', 'package'], ['aid', 'package'], ['loan', 'package'],
  ['financing', 'arrangement'], ['stand-by', 'arrangement'], ['standby', 'arrangement'], ['credit', 'arrangement'],
  ['debt', 'rescheduling'], ['debt', 'refinancing'],
];

/** Nouns a head takes in after it, making one strong head of the two: "a 2019 swap line", "swap lines". */
export const HEAD_TAILS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  swap: new Set(['line', 'lines']), swaps: new Set(['line', 'lines']),
}));

/**
 * Heads that are also verbs or adjectives ("deal with", "accord them", "a compact car"): trusted as nouns only after a
 * determiner or modifier, or when the tagger calls them nouns.
 */
export const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set([
  'deal', 'deals', 'accord', 'accords', 'compact', 'charter', 'guarantee', 'guarantees', 'protocol', 'signing',
  'document', 'text', 'understanding', 'pact', 'swap', 'swaps',
]);

/** Heads that are a cooperation agreement whatever their topic, unless their own words say: "a memorandum". */
export const COOPERATION_HEADS: ReadonlySet<string> = new Set(['memorandum', 'framework', 'declaration', 'understanding']);

/** Words that carry a capitalized name on after its head: "the Treaty of Rome", "the Code of Conduct for ...". */
export const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'against']);

/** Words after a definite head that make it about something else: "the document of", "the framework of NATO's". */
export const NOT_REFERENCE_FOLLOWERS: ReadonlySet<string> = new Set(['of']);

/**
 * Capitalized words that, right after an agreement's name, make it part of a body's or a law's name: "the Free Trade
 * Agreement Commission", "the Paris Agreement Secretariat", "the Trade Agreements Act".
 */
export const NAME_BODY_TAILS: ReadonlySet<string> = new Set([
  ...BODY_WORDS, 'act', 'authority', 'board', 'center', 'centre', 'court', 'forum', 'fund', 'office', 'organisation',
  'organization', 'secretariat', 'tribunal',
]);

/** Capitalized names that end in an agreement noun but name a programme: "the New Deal", "a Green New Deal". */
export const NOT_AGREEMENT_NAME_ENDINGS: readonly string[] = ['new deal'];

/** Head nouns any agreement may go by: "the deal" may be the treaty named before, so the noun alone picks none out. */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(['agreement', 'deal', 'accord', 'pact']);

/** Head nouns that name the same sort of agreement, each to its family: "the truce" can be "a ceasefire". */
export const NOUN_FAMILIES: ReadonlyMap<string, string> = new Map(Object.entries({
  truce: 'ceasefire', ceasefire: 'ceasefire', armistice: 'ceasefire',
}));

/** Head nouns of agreements binding by their nature (a treaty, a convention), unless the text says otherwise. */
export const BINDING_BY_NATURE: ReadonlySet<string> = new Set(['treaty', 'convention', 'covenant']);
