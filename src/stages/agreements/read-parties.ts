import type { Doc, Mention, Party } from '../../doc.js';
import { CLAUSE_OPENERS, RELATIVE_PRONOUNS } from '../../lexicon/agreement-clauses.js';
import { POSSESSIVE_CLITICS } from '../../lexicon/agreement-modifiers.js';
import {
  BROKER_WORDS, DEFINING_OPENERS, FORUM_ORGANIZATIONS, REACTION_VERBS, LOCATIVE_PREPOSITIONS, MEDIATOR_INTRODUCERS, OFFICIAL_WORDS, VIOLATION_WORDS,
} from '../../lexicon/agreement-parties.js';
import { wordIndexAfter, type SentenceWords, type Word } from './build-words.js';
import { nearestPhrase, phraseIndexAt } from './nearest-phrase.js';
import { opensClause } from './opens-clause.js';
import { isOpenTreaty } from './find-named-agreements.js';
import { STRONG_HEADS } from '../../lexicon/agreement-nouns.js';
import { readInstitutions } from './read-institutions.js';
import type { StatusCueAt } from './find-status-cues.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import { SAYING_VERBS } from '../../lexicon/saying-verbs.js';
import type { Phrase } from './phrase.js';
import { partyKey } from './party-key.js';

/**
 * Look-ups from a mention's entity to the party it names: countries, blocs (organizations with members or a code, but
 * not a forum such as the UN), and people by their country ("Yildirim signed a memorandum" binds Türkiye).
 */
export function partyIndex(doc: Doc): Map<string, Party> {
  const index = new Map<string, Party>();
  for (const c of doc.countries) index.set(`country:${c.id}`, { code: c.code, name: c.name });
  for (const p of doc.people) {
    const country = doc.countries.find((c) => c.code === p.country);
    if (p.country) index.set(`person:${p.id}`, { code: p.country, name: country?.name ?? p.country });
  }
  for (const o of doc.organizations) {
    if (o.code && FORUM_ORGANIZATIONS.has(o.code)) continue;
    if (o.members?.length || o.code) index.set(`organization:${o.id}`, o.code ? { code: o.code, name: o.name } : { name: o.name });
  }
  return index;
}

/** Whether the word run `run` ends just before word `k`, a "the" between allowed: "mediated by (the) ...". */
function endsBefore(words: Word[], k: number, run: readonly string[]): boolean {
  const end = words[k - 1]?.lower === 'the' && run[run.length - 1] !== 'the' ? k - 1 : k;
  return run.every((r, n) => words[end - run.length + n]?.lower === r);
}

/**
 * Whether a country mention at word `k` is a go-between: glued before "-brokered", "-backed", "-led" ("the
 * U.S.-brokered truce"), introduced by "mediated by", "with the help of", or followed by "brokered" ("Turkey brokered").
 */
function isMediator(words: Word[], k: number, m: Mention): boolean {
  const w = words[k];
  const tail = w.end > m.end ? w.lower.slice(w.lower.lastIndexOf('-') + 1) : '';
  if (BROKER_WORDS.has(tail)) return true;
  return MEDIATOR_INTRODUCERS.some((run) => endsBefore(words, k, run)) || BROKER_WORDS.has(words[k + 1]?.lower ?? '');
}

/** Whether a country mention outside the phrase stands as a place: "signed in Paris", "statements from Kyiv". */
export function isPlace(words: Word[], k: number): boolean {
  const before = words[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return LOCATIVE_PREPOSITIONS.has(words[before]?.lower ?? '');
}

/** Whether a state named at word `k` of a phrase's sentence stands apart from it: a place ("in Paris"), or in another clause. */
export const standsApart = (words: Word[], k: number, phrase: Phrase): boolean => isPlace(words, k) || crossesClause(words, k, phrase);

/**
 * Whether a clause opener stands between a party at word `k` and the phrase: ", and", "as", "which" — except a
 * relative clause on the phrase itself ("the Windsor Framework, which the UK and the EU agreed").
 */
function crossesClause(words: Word[], k: number, phrase: Phrase): boolean {
  const [from, to] = k < phrase.first ? [k, phrase.first] : [phrase.last, k];
  for (let j = from + 1; j < to; j++) {
    const w = words[j].lower;
    const relative = k > phrase.last && RELATIVE_PRONOUNS.has(w) && j - phrase.last <= 2;
    if ((CLAUSE_OPENERS.has(w) && !relative && opensClause(words, j)) || (w === 'and' && words[j - 1].lower === ',') || w === ';') return true;
  }
  return false;
}

/**
 * The phrase a country accused of breaching an agreement is bound by, whatever clause it stands in: the one after
 * "of violating" ("accused Russia of violating the treaty"), else the one before ("the treaty, which Washington left
 * after accusing Russia of violations").
 */
function breached(words: Word[], k: number, phrases: Phrase[]): Phrase | null {
  if (words[k + 1]?.lower !== 'of' || !VIOLATION_WORDS.has(words[k + 2]?.lower ?? '')) return null;
  const next = phraseIndexAt(phrases, k);
  const after = phrases[next];
  return after && after.first > k + 2 && after.first <= k + 4 ? after : phrases[next - 1] ?? null;
}

// How many words before a capital a status word may stand and still make it a party: "talks with Washington".
const CAPITAL_CUE_LEAD = 2;

/**
 * Whether a cue that makes parties (agreed, signed, ratified) stands between words a and b, with no verb of saying
 * before it: "Echeverria noted that Mercosur had concluded a deal" makes Mercosur the party, not the speaker.
 */
const bindsBetween = (words: Word[], cues: StatusCueAt[], a: number, b: number, leaving = false) =>
  cues.some((c) => c.at > a && c.at < b && STATUS_RANK[c.status] >= STATUS_RANK.agreed && (leaving || c.status !== 'ended') &&
    !words.slice(a + 1, c.at).some((w) => SAYING_VERBS.has(w.lower)));

/** Add a party to a phrase's list, once. */
function give(out: Map<Phrase, Party[]>, phrase: Phrase, party: Party): void {
  const list = out.get(phrase) ?? [];
  if (!list.some((p) => partyKey(p) === partyKey(party))) list.push(party);
  out.set(phrase, list);
}

/**
 * Whether the party at word `k` is named in the phrase's own postmodifier, right after it: "the agreement between
 * Russia and Turkey", "the trade agreement that Mercosur and the European Union concluded".
 */
function definesParty(words: Word[], phrase: Phrase, k: number): boolean {
  if (k <= phrase.last + 1 || !DEFINING_OPENERS.has(words[phrase.last + 1].lower)) return false;
  for (let j = phrase.last + 2; j < k; j++) if (!words[j].capital && !LIST_WORDS.has(words[j].lower)) return false;
  return true;
}
const LIST_WORDS = new Set(['and', 'the', ',']);

// How many adjectives may stand between a possessive and an official's title: "the African Union's special envoy".
const TITLE_ADJECTIVES = 2;

/** Whether an official's title starts at word j, after at most a few adjectives: "special envoy", "Foreign Minister". */
function isOfficialAfter(words: Word[], j: number): boolean {
  for (let n = 0; n <= TITLE_ADJECTIVES && j + n < words.length; n++) {
    if (OFFICIAL_WORDS.has(words[j + n].lower)) return true;
    if (words[j + n].pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * The parties each phrase of a sentence names: its country and bloc mentions, each given to the nearest phrase in
 * its clause. A nationality counts inside or just before the phrase ("the British-Canadian arrangement"), before
 * an official's title ("Congolese Foreign Minister ... signed a declaration"), or joined by "and" to a country that
 * counts ("limiting U.S. and Russian warheads"); a country before "officials" ("U.S. officials said") or an official's
 * possessive ("Norway's special envoy said") is a nationality. A central bank's name stands for its state's ("the
 * Central Bank of Kenya and the People's Bank of China signed").
 */
export function readParties(
  sentence: SentenceWords, norm: string, phrases: Phrase[], cues: StatusCueAt[], index: Map<string, Party>, out: Map<Phrase, Party[]>,
): void {
  const { words } = sentence;
  // The word of the last mention given to a phrase, and that phrase: a nationality after "and" joins it.
  let given = null as { k: number; phrase: Phrase } | null;
  const found: { m: Mention; party: Party }[] = [];
  for (const m of sentence.mentions) {
    const party = index.get(`${m.kind}:${m.entity}`);
    if (party) found.push({ m, party });
  }
  const institutions = readInstitutions(words, norm);
  if (institutions.length > 0) {
    found.push(...institutions);
    found.sort((a, b) => a.m.start - b.m.start);
  }
  for (const { m, party } of found) {
    const k = wordIndexAfter(words, m.start);
    if (k < 0) continue;
    const accused = breached(words, k, phrases);
    if (accused) {
      give(out, accused, party);
      continue;
    }
    const phrase = nearestPhrase(phrases, k);
    if (!phrase) continue;
    // A go-between is no party ("the U.S.-brokered truce"); where it is also named as one, that mention counts.
    if (isMediator(words, k, m)) continue;
    const inside = k >= phrase.first && k <= phrase.last;
    if (inside && !phrase.inner.some((p) => partyKey(p) === partyKey(party))) phrase.inner.push(party);
    if (!inside && standsApart(words, k, phrase)) continue;
    // A person or an official's nationality names a party only as the one who signs or agrees.
    const signer = k < phrase.first && bindsBetween(words, cues, k, phrase.first);
    // "Israel and the United States objected to the deal": a state that only reacts to it is no party.
    if (!inside && !signer && k < phrase.first && words.slice(k + 1, phrase.first).some((w) => REACTION_VERBS.has(w.lower))) continue;
    // A treaty open to many states has as parties only those the text has sign, ratify or leave it ("Russia withdrew from
    // the CTBT"), not every state named beside it ("China said the protocol infringed GATT").
    if (!inside && isOpenTreaty(phrase) &&
      !(k < phrase.first ? bindsBetween(words, cues, k, phrase.first, true) : bindsBetween(words, cues, phrase.last, k, true))) continue;
    if (m.kind === 'person' && !signer) continue;
    // A capital before the phrase speaks for its government ("Dublin was satisfied with the framework"); it is a party
    // only beside a status word ("Kinshasa had opened talks with Washington on a deal").
    if (m.form === 'capital' && k < phrase.first && !cues.some((c) => c.at >= k - CAPITAL_CUE_LEAD && c.at < phrase.first)) continue;
    const after = wordIndexAfter(words, m.end - 1) + 1;
    const possessive = POSSESSIVE_CLITICS.has(words[after]?.lower ?? '');
    const beforeOfficial = possessive ? isOfficialAfter(words, after + 1) : OFFICIAL_WORDS.has(words[after]?.lower ?? '');
    const official = signer && beforeOfficial;
    // "U.S. bankers", "Chinese firms": a state's name before a common noun of people or things says whose they are.
    const modifier = k < phrase.first && !possessive && words[after]?.pos === 'NOUN' && !words[after].capital && !STRONG_HEADS.has(words[after].lower);
    const nationality = m.form === 'demonym' || modifier || (beforeOfficial && !inside && (possessive || words[after].pos === 'NOUN'));
    const joined = given?.phrase === phrase && given.k === k - 2 && words[k - 1].lower === 'and';
    if (nationality && !official && !joined && (k < phrase.first - 2 || k > phrase.last)) continue;
    give(out, phrase, party);
    if (definesParty(words, phrase, k) && !phrase.trailing.some((p) => partyKey(p) === partyKey(party))) phrase.trailing.push(party);
    given = { k, phrase };
  }
  for (const phrase of phrases) if (!out.has(phrase)) readOwner(words, phrase, found, out);
}

/**
 * The owner of "its 20.2 billion dlr rescheduling" (one state) or "their bilateral accord" (two), when the clause named no
 * party: the states last named before the phrase in its sentence ("Venezuela, which is paying 7/8 pct on its rescheduling").
 */
function readOwner(words: Word[], phrase: Phrase, found: { m: Mention; party: Party }[], out: Map<Phrase, Party[]>): void {
  const pronoun = words[phrase.first].lower;
  const wanted = pronoun === 'its' ? 1 : pronoun === 'their' ? 2 : 0;
  if (wanted === 0) return;
  const owners: Party[] = [];
  const before = found.filter(({ m }) => m.kind !== 'person' && m.end <= words[phrase.first].start);
  for (let n = before.length - 1; n >= 0 && owners.length < wanted; n--) {
    if (!owners.some((p) => partyKey(p) === partyKey(before[n].party))) owners.unshift(before[n].party);
  }
  for (const party of owners) give(out, phrase, party);
}
