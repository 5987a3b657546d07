import type { AgreementStatus } from '../../doc.js';
import {
  CONDITIONAL_WORDS, CUE_FILLERS, ENDING_VERBS, MODAL_WORDS, NEGATION_WORDS, PARTED_PARTICLES, PULL_VERBS, STATUS_PHRASES, STATUS_RANK, STATUS_WORDS,
  THAT_CLAUSE_VERBS, type StatusCue,
} from '../../lexicon/agreement-statuses.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/agreement-clauses.js';
import type { Word } from './build-words.js';
import { DETERMINERS } from '../../lexicon/agreement-modifiers.js';

/** A word in a sentence that says where an agreement stands. */
export interface StatusCueAt {
  /** Index of the cue's first word in the sentence. */
  at: number;
  status: AgreementStatus;
  /** Whether it also makes a weak head ("framework") an agreement. */
  support: boolean;
  /** A noun cue, which speaks only of a phrase just after it. */
  nominal: boolean;
  /** "agreed that a partnership should ...": it makes the phrase an agreement but says nothing of its status. */
  supportOnly?: boolean;
  /** "replaces": the phrase after it ends, replaced by the one before it. */
  replacing?: boolean;
  /** "the pact ended in 2024": it speaks only of a phrase before it. */
  before?: boolean;
  /** "if a deal is reached": a plan only because a condition opens its clause. */
  conditional?: boolean;
}

// "pulling the United States out of the accord": how far the particle may stand from its verb.
const PULL_REACH = 5;
// "agreed in 2023 to replace": how far before "to" the verb that makes it what was agreed may stand.
const TO_REACH = 3;
// "withdrew on Wednesday from": how many words may part a verb from its particle.
const PARTED_GAP = 3;
// "proposed on Thursday that Mercosur open negotiations": how far after a proposal its talks may stand.
const PROPOSAL_REACH = 8;
// "talks on the deal could be finished": how far after a noun cue its clause's verb may stand.
const NOUN_VERB_REACH = 6;
const VERBAL = new Set(['VERB', 'AUX']);
// Words that start a verb's object: "ended the pact".
const OBJECT_POS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);

/** How many words part the verb at i from a one-word particle `rest` ("withdrew on Wednesday from"), or 0. */
function partedGap(words: Word[], i: number, rest: readonly string[]): number {
  if (rest.length !== 1 || !PARTED_PARTICLES.has(rest[0])) return 0;
  for (let g = 1; g <= PARTED_GAP; g++) {
    const w = words[i + g];
    if (!w || w.pos === 'PUNCT' || VERBAL.has(w.pos)) return 0;
    if (words[i + g + 1]?.lower === rest[0]) return g;
  }
  return 0;
}

/** Whether a noun cue's clause goes on with a modal: "talks on the deal could be finished", "the signing would go ahead". */
function modalAfter(words: Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k - i <= NOUN_VERB_REACH; k++) {
    const w = words[k];
    if (w.pos === 'PUNCT' || RELATIVE_PRONOUNS.has(w.lower)) return false;
    if (MODAL_WORDS.has(w.lower)) return true;
    if (VERBAL.has(w.pos)) return false;
  }
  return false;
}

/** Whether a verb that settles an agreement ("agreed", "decided") governs the "to" at word k: "agreed in 2023 to sign". */
function settledBefore(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= TO_REACH; j--) {
    const cue = STATUS_WORDS.get(words[j].lower);
    if (cue) return STATUS_RANK[cue.status] >= STATUS_RANK.agreed && cue.status !== 'ended';
    if (words[j].pos === 'VERB' || words[j].pos === 'AUX' || words[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** The word's own cue, trying its last hyphen part too ("U.S.-brokered"). */
function wordCue(words: Word[], i: number): { cue: StatusCue; length: number } | null {
  const w = words[i].lower;
  if (THAT_CLAUSE_VERBS.has(w) && THAT_CLAUSE_VERBS.get(w) === words[i + 1]?.lower) return { cue: { status: 'agreed', support: true, supportOnly: true }, length: 1 };
  if (PULL_VERBS.has(w)) {
    const out = words.slice(i + 1, i + 1 + PULL_REACH).findIndex((x) => x.lower === 'out');
    return out >= 0 ? { cue: { status: 'ended', support: true }, length: 1 } : null;
  }
  // "Washington ended the pact" ends its object; "the pact ended in 2024" its subject.
  if (ENDING_VERBS.has(w)) {
    const object = OBJECT_POS.has(words[i + 1]?.pos ?? '');
    return { cue: { status: 'ended', support: true, nominal: object, before: !object }, length: 1 };
  }
  for (const [rest, cue] of STATUS_PHRASES.get(w) ?? []) {
    if (rest.every((r, k) => words[i + 1 + k]?.lower === r)) return { cue, length: 1 + rest.length };
    // A parted particle speaks only of the phrase just after it: "withdrew on Wednesday from a pact".
    const gap = partedGap(words, i, rest);
    if (gap > 0) return { cue: { ...cue, nominal: true }, length: 1 + gap + rest.length };
  }
  const cue = STATUS_WORDS.get(w) ?? (w.includes('-') ? STATUS_WORDS.get(w.slice(w.lastIndexOf('-') + 1)) : undefined);
  return cue ? { cue, length: 1 } : null;
}

/** Whether a condition opens the cue's clause: "If a deal is reached", "unless both sides sign". */
function conditional(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && words[k].pos !== 'PUNCT'; k--) if (CONDITIONAL_WORDS.has(words[k].lower)) return true;
  return false;
}

/**
 * Whether a cue that holds only of plain fact does here: after a verb in its clause (not opening it: "Under the deal,
 * Kenya will ..." tells what the deal says), before a determiner, with no modal, infinitive or condition in the clause.
 */
function plainFact(words: Word[], i: number): boolean {
  if (i === 0 || words[i - 1].pos === 'PUNCT' || !DETERMINERS.has(words[i + 1]?.lower ?? '') && words[i + 1]?.lower !== 'its') return false;
  let verb = false;
  for (let k = i - 1; k >= 0 && words[k].pos !== 'PUNCT'; k--) {
    const infinitive = words[k].lower === 'to' && VERBAL.has(words[k + 1]?.pos ?? '');
    if (MODAL_WORDS.has(words[k].lower) || CONDITIONAL_WORDS.has(words[k].lower) || infinitive) return false;
    verb ||= VERBAL.has(words[k].pos);
  }
  for (let k = i + 1; k < words.length && words[k].pos !== 'PUNCT'; k++) if (CONDITIONAL_WORDS.has(words[k].lower)) return false;
  return verb;
}

/** How the words before a cue bend it: denied, made a plan, or left as said (a condition is tested by the caller). */
function modality(words: Word[], i: number): 'negated' | 'planned' | 'as-is' {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const w = words[k].lower;
    if (NEGATION_WORDS.has(w)) return 'negated';
    if (MODAL_WORDS.has(w)) return 'planned';
    // "hoped to sign", "planned to sign", a headline's "Britain and Canada to sign": a plan; "agreed (in 2023) to sign":
    // what was agreed.
    if (w === 'to') return settledBefore(words, k) ? 'as-is' : 'planned';
    if (!CUE_FILLERS.has(w) && words[k].pos !== 'ADV') break;
  }
  return 'as-is';
}

/** Every status cue in a sentence, in order; denied cues are left out, planned ones become `proposed`. */
export function findStatusCues(words: Word[]): StatusCueAt[] {
  const cues: StatusCueAt[] = [];
  // The last proposal ("proposed", "called for"): talks it puts forward are not yet held.
  let proposal = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i].pos === 'PUNCT') proposal = -1;
    const found = wordCue(words, i);
    if (!found) continue;
    // "the accord was replaced by the treaty": the agreement after "by" is the one that goes on.
    if (found.cue.replacing && words[i + 1]?.lower === 'by') continue;
    if (found.cue.realis && !plainFact(words, i)) continue;
    // A cue used as a noun looks ahead for its modal: "the signing would go ahead", "talks on the deal could be finished".
    const asNoun = found.cue.nominal || DETERMINERS.has(words[i - 1]?.lower ?? '');
    const condition = conditional(words, i);
    const mood = found.cue.presupposes ? 'as-is' : (asNoun && modalAfter(words, i)) || condition ? 'planned' : modality(words, i);
    // "proposed on Thursday that Mercosur open negotiations on a deal": talks put forward are a proposal.
    const proposed = found.cue.nominal && found.cue.status === 'negotiating' && proposal >= 0 && i - proposal <= PROPOSAL_REACH;
    // A planned ending ("due to expire in 2026") says nothing yet of where the agreement stands.
    if (mood !== 'negated' && !(mood === 'planned' && found.cue.status === 'ended')) {
      const status = mood === 'planned' || proposed ? 'proposed' : found.cue.status;
      cues.push({
        at: i, status, support: found.cue.support, nominal: !!found.cue.nominal, supportOnly: found.cue.supportOnly,
        replacing: found.cue.replacing, before: found.cue.before, conditional: mood === 'planned' && condition,
      });
      if (status === 'proposed' && !found.cue.nominal) proposal = i;
    }
    i += found.length - 1;
  }
  return cues;
}
