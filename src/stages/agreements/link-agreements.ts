import type { Party } from '../../doc.js';
import { NAMING_PHRASES } from '../../lexicon/agreement-clauses.js';
import { VAGUE_KINDS } from '../../lexicon/agreement-kinds.js';
import { TOPIC_PREPOSITIONS } from '../../lexicon/agreement-modifiers.js';
import { GENERIC_HEADS } from '../../lexicon/agreement-nouns.js';
import type { SentenceWords } from './build-words.js';
import type { Phrase } from './phrase.js';
import { partyKey } from './party-key.js';
import { addPhrase, calledBy, dateFit, narrowScope, pickAntecedent, sameFamily, scopeClash, type Chain } from './pick-antecedent.js';
import { isOpenTreaty } from './find-named-agreements.js';

/** One agreement as the linker sees it (defined with the antecedent picker). */
export type { Chain } from './pick-antecedent.js';

// What stands between a phrase and the apposition that describes it: a comma, a bracket, a dash, "known as".
const APPOSITION = new RegExp(`^(?:,|\\(|-|,? ?(?:${NAMING_PHRASES.join('|')}))$`);

const kindsFit = (p: Phrase, chain: Chain) => VAGUE_KINDS.has(p.kind) || VAGUE_KINDS.has(chain.kind) || chain.kind === p.kind;
const partiesFit = (parties: Party[], chain: Chain) =>
  parties.every((p) => chain.parties.some((q) => partyKey(q) === partyKey(p)));
const shareWords = (p: Phrase, q: Phrase) => sameFamily(p.noun, q.noun) || p.modifiers.some((m) => q.modifiers.includes(m) || q.topic.includes(m)) ||
  p.topic.some((m) => q.modifiers.includes(m));
const shareChainWords = (p: Phrase, c: Chain) => calledBy(c, p.noun) ||
  p.modifiers.some((m) => c.modifiers.has(m) || c.topics.has(m)) || p.topic.some((m) => c.modifiers.has(m));
// How many chains the linker keeps in its focus list, and how far down it an indefinite may restate one.
const FOCUS_SIZE = 16;
const RESTATE_REACH = 3;

// A linking verb between a subject and what it is: "The agreement was the second multi-year debt refinancing".
const COPULA = /^(?:is|was|are|were|remains|remained|becomes|became|is also|was also)$/;

// What stands between a description and the name it goes by: "the 2004 migration treaty known as the Safe Third
// Country Agreement", "a new MFA pact (the Multi-Fibre Arrangement)".
const NAMING = new RegExp(`^(?:\\(|,? ?(?:${NAMING_PHRASES.join('|')}))$`);

/**
 * The phrase this one describes, just before it in its sentence: an apposition ("the Geneva Conventions, a treaty"); or,
 * for a name, the description it names ("the 2004 migration treaty known as the Safe Third Country Agreement").
 */
function hostOf(p: Phrase, prev: Phrase | undefined, sentences: SentenceWords[]): Phrase | null {
  if (!prev || prev.sentence !== p.sentence) return null;
  const between = sentences[p.sentence].words.slice(prev.last + 1, p.first).map((w) => w.lower).join(' ');
  if (p.named) return !prev.named && NAMING.test(between) ? prev : null;
  if (APPOSITION.test(between) || COPULA.test(between)) return prev;
  const before = sentences[p.sentence].words[p.first - 1]?.lower ?? '';
  return p.plural && p.ref === 'none' && TOPIC_PREPOSITIONS.has(before) && before !== 'for' && p.first - prev.last <= 8 ? prev : null;
}

/** A headline's agreement still waiting for the body to name it: the first body phrase that shares its words joins it. */
function headlineChain(p: Phrase, parties: Party[], headlines: Chain[], title: number): Chain | null {
  return headlines.find((c) => c.phrases.length === 1 && p.sentence !== title &&
    shareWords(p, c.phrases[0]) && kindsFit(p, c) && (partiesFit(parties, c) || partiesFit(c.parties, { parties } as Chain))) ?? null;
}

/**
 * The headline's agreement a new name gives its name to: "A defence pact ... entered into force. Under the Reciprocal
 * Access Agreement, troops can ..." — a name found by its capitals, first seen in the sentence right after the one that
 * brought the headline's agreement into the body, with no parties or kind of its own that clash.
 */
function namedHeadline(p: Phrase, parties: Party[], focus: Chain[], title: number): Chain | null {
  const last = focus[0];
  if (!p.named || p.listed || p.plural || !last?.headline || last.phrases.some((q) => q.named)) return null;
  const body = last.phrases.filter((q) => q.sentence !== title);
  if (body.length === 0 || body.some((q) => q.sentence !== p.sentence - 1)) return null;
  return kindsFit(p, last) && partiesFit(parties, last) ? last : null;
}

// How many sentences back an agreement brought in with "a"/"an" may be named by the next name: "... de-ratifying an
// international nuclear weapons treaty. The law withdraws Russia from the Comprehensive Nuclear Test Ban Treaty".
const NAMING_REACH = 2;

/** A phrase's head noun: a listed name's last word ("treaty" of "comprehensive nuclear test ban treaty"). */
const headNoun = (p: Phrase) => (p.listed ? p.noun.slice(p.noun.lastIndexOf(' ') + 1) : p.noun);

/** Whether two head nouns can name one agreement: the same family, or two nouns any agreement goes by ("accord", "agreement"). */
const nounsFit = (a: string, b: string) => sameFamily(a, b) || (GENERIC_HEADS.has(a) && GENERIC_HEADS.has(b));

/**
 * The agreement just brought in with "a"/"an" that a new name names: "an accord between Nigeria and the Paris Club ...
 * The Paris Club multilateral agreement", "an international nuclear weapons treaty ... the Comprehensive Nuclear Test Ban
 * Treaty (CTBT)". It is the latest agreement, unnamed, all its phrases within the sentences just before; nouns, kind and
 * parties fit.
 */
function namedIntroduced(p: Phrase, parties: Party[], focus: Chain[]): Chain | null {
  const last = focus[0];
  if (!p.named || p.plural || !last || last.phrases.some((q) => q.named) || last.phrases[0].ref !== 'indefinite') return null;
  if (last.phrases.some((q) => p.sentence - q.sentence > NAMING_REACH)) return null;
  if (!last.phrases.some((q) => nounsFit(headNoun(q), headNoun(p)))) return null;
  return kindsFit(p, last) && partiesFit(parties, last) && !(narrowScope(last.phrases[0]) && isOpenTreaty(p)) ? last : null;
}

/**
 * Group phrases into agreements, in text order. Names match names (a new one may name the headline's agreement just
 * brought into the body); an apposition joins what it describes; the body's
 * first phrase that shares the headline's words joins the headline's agreement; a definite ("the deal", "that
 * arrangement", "the 2015 climate accord", "the earlier ceasefire") joins its likeliest antecedent, and adds no parties
 * to one that has two already; an indefinite joins the agreement in focus only when its parties and kind fit and
 * nothing marks it as another ("a separate agreement"). "A new deal" restates only an agreement called new.
 */
export function linkAgreements(phrases: Phrase[], sentences: SentenceWords[], partiesOf: Map<Phrase, Party[]>, title: number): Chain[] {
  const chains: Chain[] = [];
  const chainOf = new Map<Phrase, Chain>();
  const byName = new Map<string, Chain>();
  // Chains by how lately they were named, the latest first.
  const focus: Chain[] = [];
  const headlines: Chain[] = [];
  phrases.forEach((p, n) => {
    const parties = partiesOf.get(p) ?? [];
    const host = hostOf(p, phrases[n - 1], sentences);
    const definite = p.ref === 'definite' || p.ref === 'demonstrative' || p.strength === 'anaphor';
    const bare = !p.named && !p.distinguishing && definite;
    let chain: Chain | null = null;
    // Whether the phrase refers back to an agreement already named, and so adds no parties to one that has its two.
    let referred = false;
    if (p.named) chain = byName.get(p.named) ?? (host && chainOf.get(host)) ?? namedHeadline(p, parties, focus, title) ?? namedIntroduced(p, parties, focus);
    else if (host) chain = chainOf.get(host) ?? null;
    // "a separate agreement" is another; "the earlier ceasefire" refers back to the older one.
    else if (p.separate && !(definite && p.past)) chain = null;
    else if (definite) {
      chain = pickAntecedent(p, !bare, focus, bare ? [] : parties);
      if (!chain && p.strength !== 'strong' && !p.supported) return;
      referred = !!chain;
    } else {
      // An indefinite restates the agreement in focus when it shares its words and parties ("a security agreement had
      // been signed with Ukraine"), or says nothing new right after it ("whether a deal can be finished"). The agreement
      // in focus is the latest named of its age: not an older one ("the earlier ceasefire"), and for "a new deal" the
      // latest called new, which it restates.
      chain = headlineChain(p, parties, headlines, title);
      const last = focus.slice(0, RESTATE_REACH).find((c) => c.past === p.past && (!p.fresh || c.fresh));
      const restates = last && kindsFit(p, last) && !scopeClash(p, last) && dateFit(p, last) >= 0 && (GENERIC_HEADS.has(p.noun) || calledBy(last, p.noun)) && (parties.length > 0
        ? partiesFit(parties, last) && (shareChainWords(p, last) || p.fresh)
        : p.modifiers.length === 0 && (p.sentence - last.lastSentence <= 1 || p.fresh));
      if (!chain && restates) chain = last;
    }
    if (!chain) {
      chain = {
        phrases: [], own: [], lastSentence: p.sentence, parties: [], headline: p.sentence === title,
        nouns: new Set(), modifiers: new Set(), topics: new Set(), tails: new Set(), kind: null, fresh: false, past: false, dates: new Set(),
      };
      chains.push(chain);
      if (chain.headline) headlines.push(chain);
    }
    if (p.named && !byName.has(p.named)) byName.set(p.named, chain);
    addPhrase(chain, p);
    chainOf.set(p, chain);
    if (!bare) chain.own.push(p);
    if (!(bare || referred) || chain.parties.length < 2) for (const party of parties) if (!partiesFit([party], chain)) chain.parties.push(party);
    if (focus.includes(chain)) focus.splice(focus.indexOf(chain), 1);
    focus.unshift(chain);
    focus.length = Math.min(focus.length, FOCUS_SIZE);
  });
  return chains;
}
