import type { Party } from '../../doc.js';
import type { Phrase } from './phrase.js';
import { VAGUE_KINDS } from '../../lexicon/agreement-kinds.js';
import { GENERIC_HEADS, NOUN_FAMILIES } from '../../lexicon/agreement-nouns.js';
import { strongerKind } from './read-kind.js';
import { partyKey } from './party-key.js';
import { isOpenTreaty } from './find-named-agreements.js';

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
  /** Content words of its phrases' postmodifiers. */
  tails: Set<string>;
  kind: Phrase['kind'];
  /** Whether a phrase calls it new ("the new truce") or older ("the earlier ceasefire"). */
  fresh: boolean;
  past: boolean;
  /** The dates its phrases carry or report: "a 2019 swap line", "signed on January 20". */
  dates: Set<string>;
}

// How many of the latest-named agreements a reference back may reach.
const REACH = 12;
// How much a date inside the phrase that fits (or misses) a chain's dates counts: "the January truce".
const DATE_WEIGHT = 3;
// How much a party of the chain named in the phrase's sentence counts.
const NEARBY_WEIGHT = 2;
// How much an agreement already called by two nouns any agreement goes by counts for a third.
const GENERIC_WEIGHT = 1.5;

/** Add a phrase to a chain, keeping its summary. */
export function addPhrase(c: Chain, p: Phrase): void {
  c.phrases.push(p);
  c.lastSentence = p.sentence;
  c.nouns.add(family(p.noun));
  for (const m of p.modifiers) c.modifiers.add(m);
  for (const t of p.topic) c.topics.add(t);
  for (const t of p.tail) c.tails.add(t);
  c.kind = strongerKind(c.kind, p.kind);
  c.fresh ||= p.fresh;
  c.past ||= p.past;
  if (p.dated) c.dates.add(p.dated);
  if (p.eventDate) c.dates.add(p.eventDate);
}

/** How many of the nouns any agreement goes by a chain has been called: "the accord" and "the deal" make two. */
const genericNames = (c: Chain) => [...GENERIC_HEADS].filter((n) => c.nouns.has(n)).length;

/** Whether two TIMEX values can name the same time: one holds the other ("2025-01" and "2025-01-20"). */
const sameTime = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** How a date inside a phrase ("the January truce") fits a chain's dates: +1 one of them, -1 none, 0 nothing to tell. */
export function dateFit(p: Phrase, c: Chain): number {
  if (!p.dated || c.dates.size === 0) return 0;
  for (const d of c.dates) if (sameTime(p.dated, d)) return 1;
  return -1;
}

/** Whether a phrase is narrow in scope: "their bilateral accord", "the pact with Israel". */
export const narrowScope = (p: Phrase) => p.bilateral || p.inner.length > 0 || p.trailing.length > 0;

/** A narrow phrase is none of a treaty open to many states, such as GATT. */
export const scopeClash = (p: Phrase, c: Chain) => narrowScope(p) && c.phrases.some(isOpenTreaty);

/** Whether a phrase and a chain clash on age: "the new truce" is none of "the earlier ceasefire", nor the reverse. */
export const agesClash = (p: Phrase, c: Chain) => (p.fresh && c.past) || (p.past && c.fresh);

/** A head noun's family: "truce" and "ceasefire" are one. */
const family = (noun: string) => NOUN_FAMILIES.get(noun) ?? noun;

/** Whether two head nouns name the same sort of agreement. */
export const sameFamily = (a: string, b: string) => family(a) === family(b);

/** Whether a chain has been called by a head noun's family ("the truce" for a ceasefire). */
export const calledBy = (c: Chain, noun: string) => c.nouns.has(family(noun));

/**
 * How likely a chain is the antecedent of a definite phrase: the same noun, how recently it was named
 * ("that deal" leans on recency), how often (the article's main agreement), no clash of kind, a date inside the phrase
 * that fits its dates ("the January truce"), and its parties named in the phrase's sentence.
 */
function score(p: Phrase, c: Chain, focus: Chain | undefined): number {
  const gap = p.sentence - c.lastSentence;
  const recency = gap === 0 ? 2 : gap === 1 ? 1.5 : gap <= 3 ? 1 : 0;
  const demonstrative = p.ref === 'demonstrative' ? 2 : 1;
  let s = recency * demonstrative + Math.min(c.phrases.length, 4) * 0.5 + (c === focus ? 1.5 : 0) + (c.headline ? 1 : 0);
  // The same noun; an agreement already called by two nouns any agreement goes by ("the accord", "the deal") may be
  // called by a third ("the pact").
  if (calledBy(c, p.noun)) s += 3;
  else if (GENERIC_HEADS.has(p.noun) && genericNames(c) >= 2) s += GENERIC_WEIGHT;
  if (matches(p, c)) s += 3;
  if (!VAGUE_KINDS.has(p.kind) && !VAGUE_KINDS.has(c.kind) && c.kind !== p.kind) s -= 5;
  s += DATE_WEIGHT * dateFit(p, c);
  // "Tehran had delivered only patrol boats under the agreement": one between the parties its sentence names.
  if (c.parties.some((x) => p.nearby.has(partyKey(x)))) s += NEARBY_WEIGHT;
  return s;
}

/**
 * Whether a phrase's telling modifiers pick out the chain: the same kind, a shared modifier ("the trade deal") or a word of
 * its postmodifier ("an accord between Nigeria and the Paris Club" ... "the Paris Club multilateral agreement"),
 * or parties named in the phrase that are among the chain's ("the India deal").
 */
const matches = (p: Phrase, c: Chain) =>
  (!VAGUE_KINDS.has(p.kind) && c.kind === p.kind) || p.modifiers.some((m) => c.modifiers.has(m) || c.tails.has(m)) ||
  (p.inner.length > 0 && p.inner.every((x) => c.parties.some((y) => partyKey(x) === partyKey(y))));

/**
 * The chain a definite phrase refers back to among the latest named (`focus`, latest first), or null. A phrase with
 * telling modifiers ("the trade deal") needs one that matches them by kind or word; a weak or anaphoric head ("that
 * arrangement", "the document") one named lately; one whose clause names `parties` one that has at least one of them,
 * and one whose postmodifier names two ("the agreement that Mercosur and the EU concluded") one that has both. "The new
 * truce" is never an agreement called earlier or last, nor "the earlier ceasefire" one called new.
 */
export function pickAntecedent(p: Phrase, telling: boolean, focus: Chain[], parties: Party[] = []): Chain | null {
  // "the transit agreement between Russia and Ukraine" is none of a Türkiye-Turkmenistan deal's phrases, "the trade
  // agreement that Mercosur and the EU concluded" none of a Mercosur-Gulf deal's, and "the pact with Israel" none of a
  // Canada-US pact's.
  const known = (c: Chain) => (x: Party) => c.parties.some((y) => partyKey(x) === partyKey(y));
  const own = [...p.inner, ...p.trailing];
  const clashes = (c: Chain) => (c.parties.length >= 2 &&
    ((parties.length > 0 && !parties.some(known(c))) || (own.length > 0 && !own.every(known(c))))) ||
    scopeClash(p, c);
  // "that arrangement": the agreement just named, or the one before when that was named in this same sentence.
  if (p.ref === 'demonstrative' && !telling) {
    const last = focus.find((c) => c.lastSentence < p.sentence);
    if (last && p.sentence - last.lastSentence <= 2) return last;
  }
  let best: Chain | null = null;
  let bestScore = -Infinity;
  for (const c of focus.slice(0, REACH)) {
    if ((telling && !matches(p, c)) || clashes(c) || agesClash(p, c)) continue;
    const s = score(p, c, focus[0]);
    // On a tie, the agreement named more often: the one the article is about.
    if (s > bestScore || (s === bestScore && c.phrases.length > best!.phrases.length)) [best, bestScore] = [c, s];
  }
  if (!best) return null;
  if (p.strength !== 'strong' && p.sentence - best.lastSentence > 3 && !best.nouns.has(family(p.noun))) return null;
  return best;
}
