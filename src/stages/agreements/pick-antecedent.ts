import type { Party } from '../../doc.js';
import type { Phrase } from './phrase.js';
import { VAGUE_KINDS } from '../../lexicon/agreement-kinds.js';
import { PAST_MARKERS } from '../../lexicon/agreement-modifiers.js';
import { NOUN_FAMILIES } from '../../lexicon/agreement-nouns.js';
import { strongerKind } from './read-kind.js';
import { partyKey } from './party-key.js';

/** One agreement as the linker sees it: its phrases, and those that describe it in their own clause. */
export interface Chain {
  phrases: Phrase[];
  /** Phrases that are not a bare reference back ("the agreement", "the document"). */
  own: Phrase[];
  lastSentence: number;
  parties: Party[];
  /** Whether the headline names it: the article's main agreement. */
  headline: boolean;
  /** What its phrases say, gathered as they join: head nouns (by family), telling modifiers, topic words, kind. */
  nouns: Set<string>;
  modifiers: Set<string>;
  topics: Set<string>;
  kind: Phrase['kind'];
}

// How many of the latest-named agreements a reference back may reach.
const REACH = 12;

/** Add a phrase to a chain, keeping its summary. */
export function addPhrase(c: Chain, p: Phrase): void {
  c.phrases.push(p);
  c.lastSentence = p.sentence;
  c.nouns.add(family(p.noun));
  for (const m of p.modifiers) c.modifiers.add(m);
  for (const t of p.topic) c.topics.add(t);
  c.kind = strongerKind(c.kind, p.kind);
}

/** A head noun's family: "truce" and "ceasefire" are one. */
const family = (noun: string) => NOUN_FAMILIES.get(noun) ?? noun;

/** Whether two head nouns name the same sort of agreement. */
export const sameFamily = (a: string, b: string) => family(a) === family(b);

/**
 * How likely a chain is the antecedent of a definite phrase: the same noun, how recently it was named
 * ("that deal" leans on recency), how often (the article's main agreement), and no clash of kind or of new/old.
 */
function score(p: Phrase, c: Chain, focus: Chain | undefined): number {
  const gap = p.sentence - c.lastSentence;
  const recency = gap === 0 ? 2 : gap === 1 ? 1.5 : gap <= 3 ? 1 : 0;
  const demonstrative = p.ref === 'demonstrative' ? 2 : 1;
  let s = recency * demonstrative + Math.min(c.phrases.length, 4) * 0.5 + (c === focus ? 1.5 : 0) + (c.headline ? 1 : 0);
  if (c.nouns.has(family(p.noun))) s += 3;
  if (matches(p, c)) s += 3;
  if (!VAGUE_KINDS.has(p.kind) && !VAGUE_KINDS.has(c.kind) && c.kind !== p.kind) s -= 5;
  if (p.fresh && c.phrases[0].modifiers.some((m) => PAST_MARKERS.has(m))) s -= 5;
  return s;
}

/**
 * Whether a phrase's telling modifiers pick out the chain: the same kind, a shared modifier ("the trade deal"),
 * or parties named in the phrase that are among the chain's ("the India deal").
 */
const matches = (p: Phrase, c: Chain) =>
  (!VAGUE_KINDS.has(p.kind) && c.kind === p.kind) || p.modifiers.some((m) => c.modifiers.has(m)) ||
  (p.inner.length > 0 && p.inner.every((x) => c.parties.some((y) => partyKey(x) === partyKey(y))));

/**
 * The chain a definite phrase refers back to among the latest named (`focus`, latest first), or null. A phrase with
 * telling modifiers ("the trade deal") needs one that matches them by kind or word; a weak or anaphoric head ("that
 * arrangement", "the document") one named lately; one whose clause names `parties` one that has at least one of them.
 */
export function pickAntecedent(p: Phrase, telling: boolean, focus: Chain[], parties: Party[] = []): Chain | null {
  // "the transit agreement between Russia and Ukraine" is none of a Türkiye-Turkmenistan deal's phrases.
  const clashes = (c: Chain) => parties.length > 0 && c.parties.length >= 2 &&
    !parties.some((x) => c.parties.some((y) => partyKey(x) === partyKey(y)));
  // "that arrangement": the agreement just named, or the one before when that was named in this same sentence.
  if (p.ref === 'demonstrative' && !telling) {
    const last = focus.find((c) => c.lastSentence < p.sentence);
    if (last && p.sentence - last.lastSentence <= 2) return last;
  }
  let best: Chain | null = null;
  let bestScore = -Infinity;
  for (const c of focus.slice(0, REACH)) {
    if ((telling && !matches(p, c)) || clashes(c)) continue;
    const s = score(p, c, focus[0]);
    // On a tie, the agreement named more often: the one the article is about.
    if (s > bestScore || (s === bestScore && c.phrases.length > best!.phrases.length)) [best, bestScore] = [c, s];
  }
  if (!best) return null;
  if (p.strength !== 'strong' && p.sentence - best.lastSentence > 3 && !best.nouns.has(family(p.noun))) return null;
  return best;
}
