import type { Mention, Party } from '../../doc.js';
import { CLAUSE_OPENERS } from '../../lexicon/agreement-clauses.js';
import { OFFICIAL_WORDS, PAIR_NOUNS, PAIR_OPENERS } from '../../lexicon/agreement-parties.js';
import { wordIndexAfter, type SentenceWords, type Word } from './build-words.js';
import type { StatusCueAt } from './find-status-cues.js';
import { isPlace } from './read-parties.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import { partyKey } from './party-key.js';
import type { Phrase } from './phrase.js';

// How many sentences back the two parties of "both governments" may have been named.
const PAIR_LOOKBACK = 4;

// The last word of every pair opener ("both", "two"): the only words a pair reference is looked for at.
const OPENER_ENDS = new Set(PAIR_OPENERS.map((run) => run[run.length - 1]));
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** The word where a pair reference starts ("both governments", "the two neighbours"), or -1. */
function findPair(words: Word[]): number {
  for (let e = 0; e < words.length; e++) {
    if (!OPENER_ENDS.has(words[e].lower)) continue;
    const opener = PAIR_OPENERS.find((run) => run.every((r, n) => words[e - run.length + 1 + n]?.lower === r));
    if (!opener) continue;
    // "the two Asian neighbours", "the two former Cold War adversaries": a few modifiers may stand before the noun.
    for (let noun = e + 1; noun <= e + 1 + PAIR_MODIFIERS && words[noun]; noun++) {
      if (PAIR_NOUNS.has(words[noun].lower)) return e - opener.length + 1;
      if (!MODIFIER_POS.has(words[noun].pos)) break;
    }
  }
  return -1;
}

// How many modifiers may stand between a pair opener and its noun.
const PAIR_MODIFIERS = 3;
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);

// How many adjectives may stand between "a" and a nationality that describes someone: "a former Ghanaian minister".
const DESCRIPTION_ADJECTIVES = 2;

/** Whether the word before word `k`, past a few adjectives, is "a"/"an": a description of someone, not an actor. */
function describes(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= DESCRIPTION_ADJECTIVES + 1; j--) {
    if (INDEFINITE_ARTICLES.has(words[j].lower)) return true;
    if (words[j].pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * Whether the pair reference at word `pair` stands in an apposition on the mention: "Asante, the African Union's envoy
 * for the two countries, said" — he is none of the two.
 */
function describedBy(words: Word[], m: Mention, pair: number): boolean {
  const comma = wordIndexAfter(words, m.end);
  if (comma < 0 || comma >= pair || words[comma].lower !== ',' || CLAUSE_OPENERS.has(words[comma + 1].lower)) return false;
  for (let j = comma + 1; j < pair; j++) if (words[j].pos === 'PUNCT') return false;
  return true;
}

/**
 * Whether a mention names an actor: a nationality only before a person or an official ("South Korean Vice Minister"),
 * and not in a description of someone ("Asante, a former Ghanaian foreign minister").
 */
function isActor(s: SentenceWords, n: number): boolean {
  const m = s.mentions[n];
  if (m.form !== 'demonym') return true;
  const k = wordIndexAfter(s.words, m.end);
  if (describes(s.words, wordIndexAfter(s.words, m.start))) return false;
  return k >= 0 && (OFFICIAL_WORDS.has(s.words[k].lower) || s.mentions[n + 1]?.start === s.words[k].start && s.mentions[n + 1].kind === 'person');
}

/**
 * The parties of a pair reference: "Officials in both governments said a memorandum was planned" binds the two
 * countries or blocs named last before it (a person counts as their country; a nationality only as a person's or an
 * official's), in this sentence or the few before. At least one must be named in its own paragraph: with none there,
 * "both countries" means the article's main parties, left to the linker. They go to the sentence's phrases that name
 * no party of their own, or only one of the two, and are not a bare reference back ("the code").
 */
export function readPairParties(
  sentences: SentenceWords[], at: number, phrases: Phrase[], index: Map<string, Party>, out: Map<Phrase, Party[]>,
): void {
  const { words } = sentences[at];
  const pair = findPair(words);
  if (pair < 0) return;
  // A bare reference back ("the code") is between its antecedent's parties.
  const bare = (p: Phrase) => !p.named && !p.distinguishing && (p.ref === 'definite' || p.ref === 'demonstrative' || p.strength === 'anaphor');
  // A phrase that names one of the pair is between both: "South Sudan exports crude under a transit deal, and both
  // governments depend on the fees".
  const within = (found: Party[]) => (p: Phrase) => (out.get(p) ?? []).every((x) => found.some((y) => partyKey(x) === partyKey(y)));
  // "the deal between the two countries": a bare phrase whose own postmodifier is the pair is between them too.
  const ownPair = (p: Phrase) => (words[p.last + 1]?.lower === 'between' || words[p.last + 1]?.lower === 'among') && pair === p.last + 2;
  const candidates = phrases.filter((p) => (!bare(p) || ownPair(p)) && (out.get(p)?.length ?? 0) <= 1);
  if (candidates.length === 0) return;
  const found: Party[] = [];
  for (let s = at; s >= 0 && at - s <= PAIR_LOOKBACK && found.length < 2; s--) {
    if (found.length === 0 && sentences[s].paragraph !== sentences[at].paragraph) return;
    const mentions = sentences[s].mentions;
    for (let n = mentions.length - 1; n >= 0 && found.length < 2; n--) {
      const m = mentions[n];
      if (s === at && (m.start >= words[pair].start || describedBy(words, m, pair))) continue;
      const party = index.get(`${m.kind}:${m.entity}`);
      if (party && isActor(sentences[s], n) && !found.some((p) => partyKey(p) === partyKey(party))) found.push(party);
    }
  }
  if (found.length < 2) return;
  for (const p of candidates.filter(within(found))) out.set(p, [...found].reverse());
}

// Subject pronouns that stand for the state the sentence before is about: "Yugoslavia has refinanced its debt regularly.
// In December 1985, it signed a deal with the banks".
const STATE_PRONOUNS = new Set(['it', 'they']);

/**
 * The party of a phrase whose clause names none but has a pronoun sign or agree to it ("it signed a deal"): the first
 * state named in the sentence before, its subject, unless named as a place.
 */
export function readPronounParties(
  sentences: SentenceWords[], at: number, phrases: Phrase[], cues: StatusCueAt[], index: Map<string, Party>, out: Map<Phrase, Party[]>,
): void {
  const { words } = sentences[at];
  const before = sentences[at - 1];
  if (!before) return;
  // The sentence before's subject, searched for once (by the first phrase that needs it).
  let subject: Mention | undefined;
  for (const p of phrases) {
    if (out.has(p)) continue;
    const cue = cues.find((c) => c.at < p.first && p.first - c.at <= 4 && STATUS_RANK[c.status] >= STATUS_RANK.agreed &&
      STATE_PRONOUNS.has(words[c.at - 1]?.lower ?? ''));
    if (!cue) continue;
    subject ??= before.mentions.find((m) => m.kind === 'country' && !isPlace(before.words, wordIndexAfter(before.words, m.start)));
    const party = subject && index.get(`country:${subject.entity}`);
    if (party) out.set(p, [party]);
  }
}
