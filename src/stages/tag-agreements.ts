import type { Mention, Party, Stage } from '../doc.js';
import { sentenceAt } from '../doc.js';
import { buildWords, type SentenceWords } from './agreements/build-words.js';
import { secondParty } from './agreements/complete-pair.js';
import { describeAgreement, type PhraseFacts } from './agreements/describe-agreement.js';
import { findAgreementPhrases } from './agreements/find-agreement-phrases.js';
import { findNamedAgreements, listedParties } from './agreements/find-named-agreements.js';
import { findStatusCues } from './agreements/find-status-cues.js';
import { linkAgreements, type Chain } from './agreements/link-agreements.js';
import type { Phrase } from './agreements/phrase.js';
import { isDatable, readClauseFacts, readsClause } from './agreements/read-clause-facts.js';
import { hasHeadWord } from './agreements/read-head.js';
import { readFlowKinds } from './agreements/read-flow-kind.js';
import { readPairParties, readPronounParties } from './agreements/read-pair-parties.js';
import { partyKey } from './agreements/party-key.js';
import { partyIndex, readParties } from './agreements/read-parties.js';
import { readReplacements } from './agreements/read-replacements.js';

/**
 * What the linker weighs beside a sentence's phrases: the parties its sentence names, a date inside each ("the January
 * truce") and the date of the event its clause reports. Phrases and mentions are both in text order.
 */
function readNearby(s: SentenceWords, found: Phrase[], index: Map<string, Party>, facts: Map<Phrase, PhraseFacts>): void {
  const nearby = new Set<string>();
  for (const m of s.mentions) {
    const party = index.get(`${m.kind}:${m.entity}`);
    if (party) nearby.add(partyKey(party));
  }
  const dates = s.mentions.filter(isDatable);
  let d = 0;
  for (const p of found) {
    p.nearby = nearby;
    while (d < dates.length && dates[d].start < p.start) d++;
    if (!p.named && dates[d] && dates[d].end <= p.end) p.dated = dates[d].value!;
    p.eventDate = facts.get(p)?.date ?? null;
  }
}

/** Agreement mentions win over an equally long date, country or person. */
export const AGREEMENT_PRIORITY = 5;

/**
 * Stage: proposes agreement mentions (noun phrases such as "a bilateral security agreement", names such as
 * "the Paris Agreement", references back such as "the document") and one `doc.agreements` entry per agreement,
 * with its kind, status, date, bindingness and parties: the countries and blocs named in its clauses (a central bank
 * signs for its state), or meant by "both governments" there; else those of the agreement that replaced it, of a
 * well-known agreement's lexicon entry, of the agreement named just before it in its paragraph, or of the article's
 * main agreement; a bloc's members are no parties beside it. A status's date is that of the event that set it, never a
 * date after the article's own.
 *
 * Conventions (docs/FIXTURES.md): a mention is the noun phrase with its determiner or possessive pronoun and its
 * premodifiers, without postmodifiers except inside a name ("the Treaty of Rome"); other layers' mentions may nest
 * inside it ("the India deal"). Generic plurals ("security agreements with many partners", "such agreements") are
 * neither mentions nor entries; a plural is kept only when a name is in it ("the Minsk agreements",
 * "post-World War II agreements"). Phrases are found per sentence, then linked into agreements in text order.
 */
export const tagAgreements: Stage = (doc) => {
  const index = partyIndex(doc);
  const facts = new Map<Phrase, PhraseFacts>();
  const parties = new Map<Phrase, Party[]>();
  const replacedBy = new Map<Phrase, Phrase>();
  const sentences = buildWords(doc);
  const byName = findNamedAgreements(doc.norm, sentences);
  // A sentence with no known name and no head noun has no phrase to read; most news has no such sentence at all.
  const heads = sentences.map((s) => byName.has(s.index) || hasHeadWord(s.words));
  if (!heads.includes(true)) return doc;
  const phrases: Phrase[] = [];
  let lastDate: string | null = null;
  for (const s of sentences) {
    const named = byName.get(s.index) ?? [];
    const previous = phrases[phrases.length - 1] ?? null;
    // Without a name or head noun, a sentence's status cues serve only a clause about the phrase before.
    const cues = heads[s.index] || readsClause(s, [], previous) ? findStatusCues(s.words) : [];
    const taken = new Set<number>();
    for (const p of named) for (let k = p.first; k <= p.last; k++) taken.add(k);
    const found = heads[s.index] ? [...named, ...findAgreementPhrases(s, cues, taken)].sort((a, b) => a.start - b.start) : [];
    if (found.length > 0) {
      readFlowKinds(sentences, s.index, found);
      readParties(s, doc.norm, found, cues, index, parties);
      readPairParties(sentences, s.index, found, index, parties);
      readPronounParties(sentences, s.index, found, cues, index, parties);
      // A well-known agreement between a few states ("the Good Friday Agreement") is between them, whatever else is near.
      for (const p of named) {
        const known = listedParties(p.named!);
        if (known.length > 0) parties.set(p, known);
      }
    }
    readReplacements(s, found, cues, previous, replacedBy);
    lastDate = readClauseFacts(s, doc.norm, found, cues, lastDate, facts, previous, doc.referenceDate) ?? lastDate;
    if (found.length > 0) readNearby(s, found, index, facts);
    phrases.push(...found);
  }
  const chains = linkAgreements(phrases, sentences, parties, doc.title ? sentenceAt(doc, doc.title.start) : -1);
  const main = chains.find((c) => c.headline && c.parties.length >= 2) ?? chains.find((c) => c.parties.length >= 2);
  const chainOf = new Map<Phrase, Chain>();
  for (const c of chains) for (const p of c.phrases) chainOf.set(p, c);
  // A replaced agreement ("It replaces a 2013 pact") is of its successor's kind and between its parties.
  const successor = (c: Chain) => replacedBy.size === 0 ? undefined :
    c.phrases.map((p) => chainOf.get(replacedBy.get(p)!)).find((d) => d && d !== c);
  // An agreement with no name and no party is first between the parties of the one named just before it in its paragraph.
  const order = new Map(phrases.map((p, n) => [p, n]));
  const neighbour = (c: Chain) => {
    if (c.parties.length > 0 || c.phrases.some((p) => p.named)) return undefined;
    const first = c.phrases[0];
    const before = phrases[order.get(first)! - 1];
    if (!before || sentences[before.sentence].paragraph !== sentences[first.sentence].paragraph) return undefined;
    const d = chainOf.get(before);
    return d && d !== c && d.parties.length >= 1 ? d : undefined;
  };
  // An agreement with one state as its party is between it and the other state the text gives, if any.
  const weight = new Map<string, number>();
  for (const m of doc.mentions) if (m.kind === 'country') weight.set(m.entity, (weight.get(m.entity) ?? 0) + 1);
  for (const c of chains) {
    const other = secondParty(c, sentences, index, weight);
    if (other) c.parties.push(other);
  }
  const agreements = chains.map((c, n) => describeAgreement(`agreement-${n + 1}`, c, facts, doc.referenceDate, neighbour(c) ?? main, successor(c)));
  const mentions: Mention[] = chains.flatMap((c, n) =>
    c.phrases.map((p) => ({
      kind: 'agreement' as const, start: p.start, end: p.end, entity: `agreement-${n + 1}`, priority: AGREEMENT_PRIORITY,
      container: !p.named, // "the India deal" holds a country mention; "the Paris Agreement" is a name, whole
    })));
  return { ...doc, mentions: [...doc.mentions, ...mentions], agreements: [...doc.agreements, ...agreements] };
};
