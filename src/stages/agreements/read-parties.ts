import type { Doc, Mention, Party } from '../../doc.js';
import { CLAUSE_OPENERS, RELATIVE_PRONOUNS } from '../../lexicon/agreement-clauses.js';
import { BROKER_WORDS, LOCATIVE_PREPOSITIONS, MEDIATOR_INTRODUCERS, OFFICIAL_WORDS } from '../../lexicon/agreement-parties.js';
import type { SentenceWords, Word } from './build-words.js';
import { nearestPhrase } from './nearest-phrase.js';
import type { StatusCueAt } from './find-status-cues.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import type { Phrase } from './phrase.js';
import { partyKey } from './party-key.js';

/**
 * Look-ups from a mention's entity to the party it names: countries, blocs (organizations with members or a code),
 * and people by their country ("Yildirim signed a memorandum" binds Türkiye).
 */
export function partyIndex(doc: Doc): Map<string, Party> {
  const index = new Map<string, Party>();
  for (const c of doc.countries) index.set(`country:${c.id}`, { code: c.code, name: c.name });
  for (const p of doc.people) {
    const country = doc.countries.find((c) => c.code === p.country);
    if (p.country) index.set(`person:${p.id}`, { code: p.country, name: country?.name ?? p.country });
  }
  for (const o of doc.organizations) {
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
function isPlace(words: Word[], k: number): boolean {
  const before = words[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return LOCATIVE_PREPOSITIONS.has(words[before]?.lower ?? '');
}

/**
 * Whether a clause opener stands between a party at word `k` and the phrase: ", and", "as", "which" — except a
 * relative clause on the phrase itself ("the Windsor Framework, which the UK and the EU agreed").
 */
function crossesClause(words: Word[], k: number, phrase: Phrase): boolean {
  const [from, to] = k < phrase.first ? [k, phrase.first] : [phrase.last, k];
  for (let j = from + 1; j < to; j++) {
    const w = words[j].lower;
    const relative = k > phrase.last && RELATIVE_PRONOUNS.has(w) && j - phrase.last <= 2;
    if ((CLAUSE_OPENERS.has(w) && !relative) || (w === 'and' && words[j - 1].lower === ',')) return true;
  }
  return false;
}

// How many words before a capital a status word may stand and still make it a party: "talks with Washington".
const CAPITAL_CUE_LEAD = 2;

/** Whether a cue that makes parties (agreed, signed, ratified) stands between words a and b. */
const bindsBetween = (cues: StatusCueAt[], a: number, b: number) =>
  cues.some((c) => c.at > a && c.at < b && STATUS_RANK[c.status] >= STATUS_RANK.agreed && c.status !== 'ended');

/**
 * The parties each phrase of a sentence names: its country and bloc mentions, each given to the nearest phrase in
 * its clause. A nationality counts inside or just before the phrase ("the British-Canadian arrangement"), or before
 * an official's title ("Congolese Foreign Minister ... signed a declaration").
 */
export function readParties(
  sentence: SentenceWords, phrases: Phrase[], cues: StatusCueAt[], index: Map<string, Party>, out: Map<Phrase, Party[]>,
): void {
  const { words } = sentence;
  for (const m of sentence.mentions) {
    const party = index.get(`${m.kind}:${m.entity}`);
    if (!party) continue;
    const k = words.findIndex((w) => w.end > m.start);
    const phrase = k < 0 ? null : nearestPhrase(phrases, k);
    if (!phrase) continue;
    // A go-between is no party ("the U.S.-brokered truce"); where it is also named as one, that mention counts.
    if (isMediator(words, k, m)) continue;
    const inside = k >= phrase.first && k <= phrase.last;
    if (inside && !phrase.inner.some((p) => partyKey(p) === partyKey(party))) phrase.inner.push(party);
    if (!inside && (isPlace(words, k) || crossesClause(words, k, phrase))) continue;
    // A person or an official's nationality names a party only as the one who signs or agrees.
    const signer = k < phrase.first && bindsBetween(cues, k, phrase.first);
    if (m.kind === 'person' && !signer) continue;
    // A capital before the phrase speaks for its government ("Dublin was satisfied with the framework"); it is a party
    // only beside a status word ("Kinshasa had opened talks with Washington on a deal").
    if (m.form === 'capital' && k < phrase.first && !cues.some((c) => c.at >= k - CAPITAL_CUE_LEAD && c.at < phrase.first)) continue;
    const official = signer && OFFICIAL_WORDS.has(words[k + 1]?.lower ?? '');
    if (m.form === 'demonym' && !official && (k < phrase.first - 2 || k > phrase.last)) continue;
    const list = out.get(phrase) ?? [];
    if (!list.some((p) => partyKey(p) === partyKey(party))) list.push(party);
    out.set(phrase, list);
  }
}
