import { FLOW_MODIFIERS } from '../../lexicon/agreement-kinds.js';
import type { AgreementKind } from '../../doc.js';
import type { SentenceWords, Word } from './build-words.js';
import type { Phrase } from './phrase.js';
import { cueOf } from './read-kind.js';

/** Whether a phrase's modifiers name a flow of goods: "a supply contract". */
function hasFlowModifier(words: Word[], p: Phrase): boolean {
  for (let k = p.first; k < p.head; k++) if (FLOW_MODIFIERS.has(words[k].lower)) return true;
  return false;
}

// How far the goods may be named: words either side in the phrase's sentence, sentences either side in its paragraph.
const FLOW_WORDS = 25;
const FLOW_SENTENCES = 3;

/** The kind of the word nearest to word `at` (within FLOW_WORDS, outside `skip`) that signals one, or null. */
function nearestCue(words: Word[], at: number, skip: Phrase | null): AgreementKind | null {
  for (let d = 0; d <= FLOW_WORDS; d++) {
    for (const k of d === 0 ? [at] : [at - d, at + d]) {
      if (k < 0 || k >= words.length || (skip && k >= skip.first && k <= skip.last)) continue;
      const kind = cueOf(words[k].lower);
      if (kind) return kind;
    }
  }
  return null;
}

/**
 * A kind for the flow agreements of sentence `at` that name none ("a supply contract", "the transit agreement"): that
 * of the goods named nearest, in the sentence ("gas it once bought under a supply contract"), else in the sentences
 * around it in its paragraph.
 */
export function readFlowKinds(sentences: SentenceWords[], at: number, phrases: Phrase[]): void {
  const { words, paragraph } = sentences[at];
  for (const p of phrases) {
    if (p.kind || !hasFlowModifier(words, p)) continue;
    p.kind = nearestCue(words, p.head, p);
    for (let d = 1; !p.kind && d <= FLOW_SENTENCES; d++) {
      const before = sentences[at - d]?.paragraph === paragraph ? sentences[at - d] : undefined;
      const after = sentences[at + d]?.paragraph === paragraph ? sentences[at + d] : undefined;
      if (!before && !after) break;
      p.kind = (before && nearestCue(before.words, before.words.length - 1, null)) || (after && nearestCue(after.words, 0, null)) || null;
    }
  }
}
