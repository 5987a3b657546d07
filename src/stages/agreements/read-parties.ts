import type { Doc, Mention, Party } from '../../doc.js';
import { BROKER_WORDS, LOCATIVE_PREPOSITIONS } from '../../lexicon/agreement-modifiers.js';
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

/** Whether a country mention stands as a place ("in Paris"), a go-between ("Qatar-brokered", "mediated by Egypt"). */
function isBystander(words: Word[], k: number, m: Mention): boolean {
  const w = words[k];
  let before = k - 1;
  if (words[before]?.lower === 'the') before--;
  const prev = words[before]?.lower ?? '';
  if (LOCATIVE_PREPOSITIONS.has(prev)) return true;
  if (prev === 'by' && BROKER_WORDS.has(words[before - 1]?.lower ?? '')) return true;
  const tail = w.end > m.end ? w.lower.slice(w.lower.lastIndexOf('-') + 1) : '';
  return BROKER_WORDS.has(tail) || BROKER_WORDS.has(words[k + 1]?.lower ?? '');
}

// Words that open another clause: a country beyond one is not a party to the phrase ("... as Tokyo courts Seoul").
const CLAUSE_OPENERS = new Set(['as', 'while', 'although', 'though', 'because', 'whereas', 'but', 'after', 'before',
  'since', 'until', 'when', 'which', 'where', 'whose']);
// Title words after which a nationality names a signatory's country: "Congolese Foreign Minister ... signed".
const OFFICIAL_WORDS = new Set(['minister', 'president', 'prime', 'foreign', 'defence', 'defense', 'trade', 'energy',
  'officials', 'official', 'government', 'leader', 'king', 'chancellor', 'secretary', 'deputy', 'vice', 'envoy',
  'delegation', 'negotiators', 'diplomats', 'ambassador']);

/**
 * Whether a clause opener stands between a party at word `k` and the phrase: ", and", "as", "which" — except a
 * relative clause on the phrase itself ("the Windsor Framework, which the UK and the EU agreed").
 */
function crossesClause(words: Word[], k: number, phrase: Phrase): boolean {
  const [from, to] = k < phrase.first ? [k, phrase.first] : [phrase.last, k];
  for (let j = from + 1; j < to; j++) {
    const w = words[j].lower;
    const relative = k > phrase.last && (w === 'which' || w === 'that') && j - phrase.last <= 2;
    if ((CLAUSE_OPENERS.has(w) && !relative) || (w === 'and' && words[j - 1].lower === ',')) return true;
  }
  return false;
}

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
    const inside = k >= phrase.first && k <= phrase.last;
    if (inside && !phrase.inner.some((p) => partyKey(p) === partyKey(party))) phrase.inner.push(party);
    if (!inside && (isBystander(words, k, m) || crossesClause(words, k, phrase))) continue;
    // A person or an official's nationality names a party only as the one who signs or agrees.
    const signer = k < phrase.first && bindsBetween(cues, k, phrase.first);
    if (m.kind === 'person' && !signer) continue;
    const official = signer && OFFICIAL_WORDS.has(words[k + 1]?.lower ?? '');
    if (m.form === 'demonym' && !official && (k < phrase.first - 2 || k > phrase.last)) continue;
    const list = out.get(phrase) ?? [];
    if (!list.some((p) => partyKey(p) === partyKey(party))) list.push(party);
    out.set(phrase, list);
  }
}
