// Cue words for where an agreement stands, lower case. `support` cues also make a weak head
// ("framework", "arrangement") an agreement: "a framework was signed" names one, "talks on a framework" may not.
import type { AgreementStatus } from '../doc.js';

/** What a status cue says. */
export interface StatusCue {
  status: AgreementStatus;
  support: boolean;
  /** A noun ("withdrawal", "talks"): it speaks of an agreement only just before it ("withdrawal from the treaty"). */
  nominal?: boolean;
  supportOnly?: boolean;
  /** "replaces": the agreement after it ends, and the one before it (its subject) takes over. */
  replacing?: boolean;
  /** An intransitive verb ("the pact ended in 2024"): it speaks only of a phrase before it, its subject. */
  before?: boolean;
  /** "under": a cue only after a verb in a clause of plain fact ("exports gas under a deal", not "Under the deal, X will"). */
  realis?: boolean;
  /** "to modernize the treaty": it says the agreement exists, whatever mood or denial bends the verb. */
  presupposes?: boolean;
}

const cue = (status: AgreementStatus, support = true): StatusCue => ({ status, support });
const words = (list: string, status: AgreementStatus, support = true): [string, StatusCue][] =>
  list.split(' ').map((w) => [w, cue(status, support)]);
const nouns = (list: string, status: AgreementStatus): [string, StatusCue][] =>
  list.split(' ').map((w) => [w, { status, support: false, nominal: true }]);
// A cue that, like a noun cue, speaks only of the agreement just after it: "nearing a deal", "closer to a trade pact".
const ahead = (status: AgreementStatus, support: boolean, replacing = false): StatusCue => ({ status, support, nominal: true, replacing });

/** One-word cues. */
export const STATUS_WORDS: ReadonlyMap<string, StatusCue> = new Map([
  ...words('proposed propose proposes draft drafted planned mooted prospective', 'proposed', false),
  ...words('offered offers', 'proposed'),
  ...nouns('proposal proposals offer', 'proposed'),
  ...words('negotiate negotiates negotiated negotiating', 'negotiating'),
  ...nouns('negotiation negotiations talks', 'negotiating'),
  ...words('discussing pursuing pursue pursued', 'negotiating', false),
  ...words('agreed agree agrees concluded conclude concludes finalised finalized finalise finalize finalising finalizing', 'agreed'),
  ...words('reached reach reaches struck strike strikes sealed seal seals clinched clinch announced announces unveiled', 'agreed'),
  ...words('extended extend extends extending renewed renew renews brokered broker brokers mediated approved approve adopted endorsed secured', 'agreed'),
  ...words('sign signs signed signing inked ink inks countersigned', 'signed'),
  ...words('initialled initialed initialling initialing initials', 'agreed'),
  ...words('won wins amended amend amends approving', 'agreed'),
  // "talks to modernize the Columbia River Treaty", "renegotiate the deal": only an agreement that exists is changed.
  ...'modernize modernise modernizing modernising renegotiate renegotiating revise revising update updating overhaul overhauling'
    .split(' ').map((w): [string, StatusCue] => [w, { ...ahead('signed', false), presupposes: true }]),
  // "seeking (to reach) a firm agreement": wished for; only of an agreement just after it, not "seeking to calm the furore".
  ...'want wants wanted seek seeks seeking sought'.split(' ').map((w): [string, StatusCue] => [w, ahead('proposed', false)]),
  ...words('ratified ratify ratifies ratifying', 'ratified'),
  ...nouns('ratification', 'ratified'),
  ...words('expired expire expires expiring lapsed lapse lapses collapsed collapse collapses', 'ended'),
  ...nouns('expiry expiration termination', 'ended'),
  ...words('scrapped scrap scraps terminated terminate abandoned abandon suspended suspend repealed repeal repeals exited exits quit quits quitting renounced annulled cancelled canceled revoked', 'ended'),
  // "exports gas under a transit deal": an agreement applied has been concluded.
  ['under', { ...ahead('signed', false), realis: true }],
  // "nearing a deal": still being negotiated.
  ...'nearing nears'.split(' ').map((w): [string, StatusCue] => [w, ahead('negotiating', false)]),
  // "It replaces a 2013 pact": the pact after the verb has ended.
  ...'replace replaces replaced replacing supersede supersedes superseded superseding'.split(' ').map((w): [string, StatusCue] => [w, ahead('ended', true, true)]),
]);

/** Several-word cues, first word to the rest (all lower case). */
export const STATUS_PHRASES: ReadonlyMap<string, readonly [rest: readonly string[], cue: StatusCue][]> = new Map([
  ['entered', [[['into', 'force'], cue('ratified')]]],
  ['enter', [[['into', 'force'], cue('ratified')]]],
  ['enters', [[['into', 'force'], cue('ratified')]]],
  ['came', [[['into', 'force'], cue('ratified')], [['into', 'effect'], cue('ratified')]]],
  ['come', [[['into', 'force'], cue('ratified')], [['into', 'effect'], cue('ratified')]]],
  ['took', [[['effect'], cue('ratified')]]],
  ['take', [[['effect'], cue('ratified')]]],
  ['takes', [[['effect'], cue('ratified')]]],
  ['in', [[['force'], cue('ratified')], [['hand'], cue('agreed')], [['principle'], cue('agreed')]]],
  ...['withdrew', 'withdraw', 'withdraws', 'withdrawn', 'withdrawing', 'withdrawal'].map((w): [string, [string[], StatusCue][]] => [w, [[['from'], cue('ended')]]]),
  ['tore', [[['up'], cue('ended')]]],
  ['ripped', [[['up'], cue('ended')]]],
  ['broke', [[['down'], cue('ended')]]],
  ['walked', [[['away'], cue('ended')]]],
  ['fell', [[['apart'], cue('ended')]]],
  ['backed', [[['out'], cue('ended')]]],
  ['hammered', [[['out'], cue('agreed')]]],
  ['hammering', [[['out'], cue('negotiating')]]],
  ...['drawing', 'draw', 'draws', 'drew'].map((w): [string, [string[], StatusCue][]] => [w, [[['up'], cue('negotiating', false)]]]),
  ['working', [[['on'], cue('negotiating', false)]]],
  ['calls', [[['for'], cue('proposed', false)]]],
  // "EU and Mercosur edge closer to trade pact", "close to a deal": still being negotiated.
  ...['close', 'closer', 'nearer'].map((w): [string, [string[], StatusCue][]] => [w, [[['to'], ahead('negotiating', false)]]]),
  ['called', [[['for'], cue('proposed', false)]]],
]);

/**
 * Verbs that end the agreement they take as object ("Washington ended the pact") or, with no object, their subject
 * ("the pact ended in 2024"), but never an agreement named after them otherwise ("fighting ended after the truce").
 */
export const ENDING_VERBS: ReadonlySet<string> = new Set(['ended']);

/** Particles that a short adverbial may part from their verb: "withdrew on Wednesday from the pact". */
export const PARTED_PARTICLES: ReadonlySet<string> = new Set(['from']);

/** Words before a cue that make it a plan, not a fact: "would sign", "expected to sign". */
export const MODAL_WORDS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'shall', "'ll", 'should', 'can']);

/** Words that open a condition: a cue in its clause is not yet a fact ("if a deal is reached"). */
export const CONDITIONAL_WORDS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Words before a cue that deny it: "never signed", "has not ratified", "yet to sign". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'yet', 'failed', 'refused', 'without', 'declined']);

/** The order of statuses: when an agreement's mentions carry several, the furthest along wins. */
export const STATUS_RANK: Record<AgreementStatus, number> = {
  proposed: 1, negotiating: 2, agreed: 3, signed: 4, ratified: 5, ended: 6,
};

/** Verbs and the word that turns them into a that-clause: "agreed that the plan should go ahead" agrees on no agreement. */
export const THAT_CLAUSE_VERBS: ReadonlyMap<string, string> = new Map([['agreed', 'that'], ['agree', 'that'], ['agrees', 'that']]);

/** Verbs that end an agreement with "out" a few words on: "pulling the United States out of the accord". */
export const PULL_VERBS: ReadonlySet<string> = new Set(['pull', 'pulls', 'pulled', 'pulling']);

/** Words that may stand between a modal or negation and its cue: "would also formally sign", "has not yet signed". */
export const CUE_FILLERS: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', "'s", "'ve", 'to', 'also', 'soon', 'formally',
  'officially', 'finally', 'then', 'now', 'both', 'jointly', 'eventually', 'later', 'quickly', 'reportedly',
]);
