import type { AgreementStatus } from '../../doc.js';
import {
  CUE_FILLERS, MODAL_WORDS, NEGATION_WORDS, PULL_VERBS, STATUS_PHRASES, STATUS_RANK, STATUS_WORDS, THAT_CLAUSE_VERBS, type StatusCue,
} from '../../lexicon/agreement-statuses.js';
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
}

// "pulling the United States out of the accord": how far the particle may stand from its verb.
const PULL_REACH = 5;
// "agreed in 2023 to replace": how far before "to" the verb that makes it what was agreed may stand.
const TO_REACH = 3;

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
  for (const [rest, cue] of STATUS_PHRASES.get(w) ?? []) {
    if (rest.every((r, k) => words[i + 1 + k]?.lower === r)) return { cue, length: 1 + rest.length };
  }
  const cue = STATUS_WORDS.get(w) ?? (w.includes('-') ? STATUS_WORDS.get(w.slice(w.lastIndexOf('-') + 1)) : undefined);
  return cue ? { cue, length: 1 } : null;
}

/** How the words before a cue bend it: denied, made a plan, or left as said. */
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
  for (let i = 0; i < words.length; i++) {
    const found = wordCue(words, i);
    if (!found) continue;
    // "the accord was replaced by the treaty": the agreement after "by" is the one that goes on.
    if (found.cue.replacing && words[i + 1]?.lower === 'by') continue;
    // A cue used as a noun looks ahead for its modal: "the signing would go ahead".
    const asNoun = found.cue.nominal || DETERMINERS.has(words[i - 1]?.lower ?? '');
    const mood = asNoun && words.slice(i + 1, i + 3).some((w) => MODAL_WORDS.has(w.lower)) ? 'planned' : modality(words, i);
    // A planned ending ("due to expire in 2026") says nothing yet of where the agreement stands.
    if (mood !== 'negated' && !(mood === 'planned' && found.cue.status === 'ended')) {
      const status = mood === 'planned' ? 'proposed' : found.cue.status;
      cues.push({
        at: i, status, support: found.cue.support, nominal: !!found.cue.nominal, supportOnly: found.cue.supportOnly,
        replacing: found.cue.replacing,
      });
    }
    i += found.length - 1;
  }
  return cues;
}
