import {
  CONSENSUS_MODIFIERS, DETERMINERS, GENERIC_PREDETERMINERS, HEDGE_MODIFIERS, IDIOM_MODIFIERS, IRREALIS_WORDS, NEUTRAL_MODIFIERS,
  PAST_MARKERS, POSSESSIVES, SEPARATE_MARKERS, TOPIC_PREPOSITIONS,
} from '../../lexicon/agreement-modifiers.js';
import { SAYING_VERBS } from '../../lexicon/saying-verbs.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/agreement-clauses.js';
import type { Mention } from '../../doc.js';
import {
  STRONG_HEADS, COMPOUND_FOLLOWERS, COOPERATION_HEADS, FINANCE_HEADS, FIXED_ONLY_HEADS, FIXED_WEAK_PHRASES, MONEY_WORDS, NAME_LINKS, NOT_AGREEMENT_NAME_ENDINGS,
  NOT_REFERENCE_FOLLOWERS,
} from '../../lexicon/agreement-nouns.js';
import type { AgreementKind } from '../../doc.js';
import { EXAMPLE_MARKERS, KIND_CUES } from '../../lexicon/agreement-kinds.js';
import type { SentenceWords, Word } from './build-words.js';
import type { StatusCueAt } from './find-status-cues.js';
import type { Phrase, Reference } from './phrase.js';
import { readHead } from './read-head.js';
import { readKind, readNamedKind, readTail, readTopic } from './read-kind.js';
import { namesBody, readSpan } from './read-span.js';

const NOUN_KINDS = new Set(['country', 'organization', 'person']);
const FIXED_WEAK = new Set(FIXED_WEAK_PHRASES.map(([m, h]) => `${m} ${h}`));
const NOBODY: ReadonlySet<string> = new Set();

/** Whether a sentence is set in title case (a headline), where capitals name nothing. */
export function isTitleCase(words: Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w.lower));
  return long.length >= 3 && long.filter((w) => w.capital).length / long.length >= 0.7;
}

/** The name's last word when a capitalized head goes on: "of Rome", "on the Conduct of Parties in the South China Sea". */
function nameEnd(words: Word[], head: number): number {
  let last = head;
  for (let k = head + 1; k < words.length && k - head <= 12; ) {
    const link = words[k].lower;
    if (!NAME_LINKS.has(link) && !((link === 'and' || link === 'in') && last > head)) break;
    let j = k + 1;
    if (words[j]?.lower === 'the') j++;
    if (!words[j]?.capital) break;
    while (words[j + 1]?.capital) j++;
    last = j;
    k = j + 1;
  }
  return last;
}

/** Whether a support cue (a status verb, or "proposed"/"draft" in the phrase) stands by the phrase, in its clause. */
function hasSupport(words: Word[], first: number, last: number, cues: StatusCueAt[]): boolean {
  const inClause = (a: number, b: number) => words.slice(a, b).every((w) => w.pos !== 'PUNCT' || w.lower === '-');
  // "the 2013 Addis Ababa peace framework, signed by both countries": a participle may follow a comma.
  const afterComma = (at: number) => at === last + 2 && words[last + 1].lower === ',';
  return cues.some((c) => (c.at >= first && c.at <= last) || (c.support && (
    (c.at < first && first - c.at <= 4 && inClause(c.at, first)) ||
    (c.at > last && c.at - last <= 6 && (inClause(last + 1, c.at) || afterComma(c.at))))));
}

/** "a great deal", "of its own accord", "in agreement with", "broad agreement that": not agreements. */
function isIdiom(words: Word[], noun: string, ref: Reference, modifiers: string[], first: number, head: number): boolean {
  if ((noun === 'deal' || noun === 'accord') && modifiers.some((m) => IDIOM_MODIFIERS.has(m))) return true;
  if (ref !== 'none') return false;
  if (noun === 'accord' && modifiers.length === 0) return true;
  // "should first deal with the crisis" is a verb; "trade deals with several partners" a noun, its modifier a noun or known.
  const nounModifier = () => words.slice(first, head).some((w) => w.pos === 'NOUN' || KIND_CUES.has(w.lower) || NEUTRAL_MODIFIERS.has(w.lower));
  if (noun === 'deal' && words[head + 1]?.lower === 'with' && !nounModifier()) return true;
  if (words[head].lower !== 'agreement') return false;
  const before = words[first - 1]?.lower;
  const after = words[head + 1]?.lower;
  if (before === 'in' || after === 'that' || after === 'among') return true;
  return modifiers.length > 0 && modifiers.every((m) => CONSENSUS_MODIFIERS.has(m));
}

const CLAUSE_MARKS = new Set([',', ';', ':', '.', '?', '!', '(', ')']);
const NAME_LIKE_MODALS = new Set(['may', 'will']);

/**
 * Words [from, to] of the clause around words first..last: within punctuation, after a verb of saying or "that", and
 * before a relative clause on the phrase ("a pact that would cut tariffs" describes the pact, it does not make it unreal).
 */
function clauseAround(words: Word[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !CLAUSE_MARKS.has(words[from - 1].lower) && !SAYING_VERBS.has(words[from - 1].lower) && words[from - 1].lower !== 'that') from--;
  let to = last;
  while (to < words.length - 1 && !CLAUSE_MARKS.has(words[to + 1].lower) && !RELATIVE_PRONOUNS.has(words[to + 1].lower)) to++;
  return [from, to];
}

const JOINERS = new Set([',', 'and', '&']);

/**
 * How many states a plural phrase joins: the countries named in it, with those joined to its start by "and" or a comma
 * ("CANADIAN, ISRAELI PACTS") and those listed right after it by "with"/"between" ("agreements with Canada and Israel").
 */
function statesJoined(words: Word[], mentions: Mention[], first: number, last: number): number {
  let from = first;
  while (from >= 2 && JOINERS.has(words[from - 1].lower) && mentions.some((m) => m.kind === 'country' && m.start === words[from - 2].start)) from -= 2;
  let to = last;
  if (words[to + 1] && (words[to + 1].lower === 'with' || words[to + 1].lower === 'between')) {
    to += 1;
    while (words[to + 1] && (JOINERS.has(words[to + 1].lower) || mentions.some((m) => m.kind === 'country' && m.start === words[to + 1].start) || words[to + 1].lower === 'the')) to++;
  }
  const start = words[from].start;
  const end = words[to].end;
  return new Set(mentions.filter((m) => m.kind === 'country' && m.start >= start && m.end <= end).map((m) => m.entity)).size;
}

/** Whether "of" and an agreement's strong head follow word `last`: "the framework of an agreement". */
function ofAgreement(words: Word[], last: number): boolean {
  if (words[last + 1]?.lower !== 'of') return false;
  for (let k = last + 2; k < words.length && k <= last + 5; k++) {
    if (STRONG_HEADS.has(words[k].lower)) return true;
    if (words[k].pos === 'PUNCT' || words[k].pos === 'VERB') return false;
  }
  return false;
}

/**
 * Whether a singular phrase names no agreement, only one imagined: "any deal", "such an agreement", "a possible peace
 * deal", "a bad deal", or a bare "a deal" in an unreal clause that names no state ("if a deal is reached", "they will
 * block a deal"). One sought between named states ("Japan and Chile will sign a deal"), or told apart by its words ("a
 * Kyoto-lite agreement", "an agreement to reschedule the debt"), is an agreement, proposed or negotiated.
 */
function imagined(words: Word[], mentions: Mention[], first: number, last: number, ref: Reference, modifiers: string[], topic: string[]): boolean {
  if (ref === 'generic' || (ref === 'indefinite' && GENERIC_PREDETERMINERS.has(words[first - 1]?.lower ?? ''))) return true;
  if (modifiers.some((m) => HEDGE_MODIFIERS.has(m))) return true;
  const telling = modifiers.filter((m) => !NEUTRAL_MODIFIERS.has(m) && !SEPARATE_MARKERS.has(m));
  if (ref !== 'indefinite' || telling.length > 0 || topic.length > 0) return false;
  const [from, to] = clauseAround(words, first, last);
  const start = words[from].start;
  const end = words[to].end;
  if (mentions.some((m) => (m.kind === 'country' || m.kind === 'organization') && m.start >= start && m.end <= end)) return false;
  // A capitalised "May" or "Will" is a month or a name, not a modal.
  return words.slice(from, to + 1).some((w) => IRREALIS_WORDS.has(w.lower) && !(w.capital && NAME_LIKE_MODALS.has(w.lower)));
}

// How far after a generic plural an example of it may start: "trade deals with several partners since the 1990s, including".
const EXAMPLE_REACH = 12;

/** Whether a phrase starting at word `first` is given as an example of a plural ending at word `last`. */
function isExample(words: Word[], last: number, first: number): boolean {
  if (first - last > EXAMPLE_REACH) return false;
  return EXAMPLE_MARKERS.some((run) => run.every((r, n) => words[first - run.length + n]?.lower === r) ||
    (words[first - 1]?.pos === 'PUNCT' && run.every((r, n) => words[first - 1 - run.length + n]?.lower === r)));
}

/** Candidate agreement phrases of one sentence, found by head noun, in order; `taken` words are already named. */
export function findAgreementPhrases(sentence: SentenceWords, cues: StatusCueAt[], taken: Set<number>): Phrase[] {
  const { words, mentions } = sentence;
  let titleCase: boolean | undefined;
  const out: Phrase[] = [];
  // The last generic plural passed over ("trade deals with several partners"), for an example of it after.
  let generic: { last: number; kind: AgreementKind | null } | null = null;
  for (let i = 0; i < words.length; i++) {
    const head = taken.has(i) ? null : readHead(words, i);
    if (!head) continue;
    // A financing head in capitals is an institution's name ("the Federal Home Loan Bank"), never an agreement's.
    const finance = FINANCE_HEADS.has(head.noun);
    if (finance && words[i].capital && !(titleCase ??= isTitleCase(words))) continue;
    const named = words[i].capital && (i > 0 || words[i + 1]?.lower === 'of') && !(titleCase ??= isTitleCase(words));
    const last = named ? Math.max(head.last, nameEnd(words, i)) : head.last;
    // "the Parisian Agreement Society", "the Trade Agreements Act": the name goes on as a body's or a law's.
    if (named && namesBody(words, last)) continue;
    const span = readSpan(words, i, last, named, taken);
    const { ref } = span;
    let { first } = span;
    // Without a determiner, a name standing first before a plural is a noun of its own: "offered Ukraine security
    // guarantees". A singular head has no determiner only in a headline, where the name is its modifier ("Iran defence pact").
    while (ref === 'none' && head.plural && first < i && mentions.some((m) => NOUN_KINDS.has(m.kind) && m.form !== 'demonym' && m.start === words[first].start && m.end === words[first].end)) first++;
    const modifiers = words.slice(first, i).map((w) => w.lower).filter((w) => !DETERMINERS.has(w) && !POSSESSIVES.has(w));
    if (isIdiom(words, head.noun, ref, modifiers, first, i)) continue;
    // A bare noun before another noun modifies it: "contract laborers" (but "ceasefire talks" names a ceasefire).
    const next = words[last + 1];
    if (ref === 'none' && modifiers.length === 0 && next?.pos === 'NOUN' && !COMPOUND_FOLLOWERS.has(next.lower)) continue;
    const nameWords = words.slice(first, last + 1).filter((w, k) => w.capital || (k > 0 && w.lower === 'of'));
    const capitalName = named && (words[i - 1]?.capital || last > head.last) ? nameWords.map((w) => w.lower).join(' ') : null;
    if (capitalName && NOT_AGREEMENT_NAME_ENDINGS.some((e) => capitalName.endsWith(e))) continue;
    // "a security guarantee", "a bridge loan"; a financing deal also by its sum ("its 20.2 billion dlr rescheduling").
    const fixed = modifiers.length > 0 && (FIXED_WEAK.has(`${modifiers[modifiers.length - 1]} ${head.noun}`) ||
      (finance && modifiers.some((m) => MONEY_WORDS.test(m))));
    const telling = modifiers.filter((m) => !NEUTRAL_MODIFIERS.has(m));
    const distinguishing = !!capitalName || telling.some((m) => !/^\d/.test(m));
    const supported = fixed || !!capitalName || hasSupport(words, first, last, cues);
    // A weak head needs support or to refer back; "the document" only refers back; "security guarantees" only as such.
    if (FIXED_ONLY_HEADS.has(head.noun) && !fixed) continue;
    // "the framework of an agreement with Iran", "the terms of the deal": the agreement is the strong head after "of".
    if (head.strength === 'weak' && ofAgreement(words, last)) continue;
    // A state's financing deal: a loan or package with no state or bloc in its sentence is a company's or a household's.
    if (finance && !mentions.some((m) => m.kind === 'country' || m.kind === 'organization')) continue;
    const referring = (ref === 'definite' || ref === 'demonstrative') && !NOT_REFERENCE_FOLLOWERS.has(words[last + 1]?.lower ?? '');
    if (head.strength !== 'strong' && !supported && !referring) continue;
    if (head.strength === 'anaphor' && (!referring || distinguishing)) continue;
    // A plural names particular agreements only with a name in it ("the Minsk agreements", "post-World War II agreements"),
    // or as a fixed phrase given or signed ("offered Ukraine security guarantees", not "an agreement on security guarantees").
    const given = fixed && supported && !TOPIC_PREPOSITIONS.has(words[first - 1]?.lower ?? '');
    const topic = readTopic(words, last);
    if (head.plural && !capitalName && !given && (ref === 'generic' || !words.slice(first, i).some((w, k) => w.capital && first + k > 0))) {
      generic = { last, kind: readKind(words, first, last, topic) };
      continue;
    }
    if (!head.plural && !capitalName && imagined(words, mentions, first, last, ref, modifiers, topic)) continue;
    // "the Canadian and Israeli pacts", "free trade agreements with Canada and Israel": several agreements, each
    // mentioned on its own; the plural that joins them is none of them.
    if (head.plural && !capitalName && statesJoined(words, mentions, first, last) >= 2) continue;
    const cooperation = COOPERATION_HEADS.has(head.noun) && !(capitalName && head.noun === 'framework');
    const kind = cooperation ? readKind(words, first, last, []) ?? 'cooperation' : readKind(words, first, last, topic) ?? (finance ? 'finance' : null);
    out.push({
      start: words[first].start, end: words[last].end, sentence: sentence.index, first, head: i, last,
      noun: head.noun, strength: fixed || capitalName ? 'strong' : head.strength, plural: head.plural, ref,
      named: capitalName, listed: false, modifiers: telling, topic, tail: readTail(words, last), cooperation, namedKind: readNamedKind(words, first, last),
      // "trade deals with several partners, including a 2023 agreement": an example is of its plural's kind.
      kind: kind ?? (generic && isExample(words, generic.last, first) ? generic.kind : null),
      fresh: modifiers.includes('new') || modifiers.includes('latest'), past: modifiers.some((m) => PAST_MARKERS.has(m)),
      separate: modifiers.some((m) => SEPARATE_MARKERS.has(m)) || words[first].lower === 'another', distinguishing, supported, inner: [],
      bilateral: modifiers.includes('bilateral'),
      trailing: [], dated: null, eventDate: null, nearby: NOBODY,
    });
    i = last;
  }
  return out;
}
