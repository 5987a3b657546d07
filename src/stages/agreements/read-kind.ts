import type { AgreementKind } from '../../doc.js';
import { HEAD_KINDS, KIND_CUES, KIND_NAMES, KIND_PRECEDENCE } from '../../lexicon/agreement-kinds.js';
import { LATE_TOPIC_WORDS, TOPIC_PREPOSITIONS } from '../../lexicon/agreement-modifiers.js';
import { STATUS_WORDS } from '../../lexicon/agreement-statuses.js';
import { STRONG_HEADS, WEAK_HEADS } from '../../lexicon/agreement-nouns.js';
import type { Word } from './build-words.js';

const TOPIC_WORDS = 6;

/** The kind a word signals (as a cue or as a head), trying each part of a hyphenated word ("free-trade", "US-brokered"). */
export function cueOf(lower: string): AgreementKind | undefined {
  const head = STRONG_HEADS.get(lower) ?? WEAK_HEADS.get(lower);
  return KIND_CUES.get(lower) ?? (head ? HEAD_KINDS.get(head) : undefined) ??
    (lower.includes('-') ? lower.split('-').map((p) => KIND_CUES.get(p)).find(Boolean) : undefined);
}

/** The first of two kinds in precedence order. */
export function strongerKind(a: AgreementKind | null, b: AgreementKind | null): AgreementKind | null {
  if (!a || !b) return a ?? b;
  return KIND_PRECEDENCE.indexOf(a) <= KIND_PRECEDENCE.indexOf(b) ? a : b;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The content words of the phrase's topic, lower case: "on green hydrogen and water" gives green, hydrogen, water. */
export function readTopic(words: Word[], last: number): string[] {
  const topic: string[] = [];
  let at = last + 1;
  if (!TOPIC_PREPOSITIONS.has(words[at]?.lower ?? '')) {
    while (at < words.length && at - last <= TOPIC_WORDS && !LATE_TOPIC_WORDS.has(words[at].lower) && words[at].pos !== 'PUNCT') at++;
    if (!LATE_TOPIC_WORDS.has(words[at]?.lower ?? '')) return topic;
  }
  for (let k = at + 1; k < words.length && k - at <= TOPIC_WORDS; k++) {
    const w = words[k];
    if (w.pos === 'PUNCT' || w.pos === 'AUX' || STATUS_WORDS.has(w.lower)) break;
    if (CONTENT.has(w.pos)) topic.push(w.lower);
  }
  return topic;
}

// How many words of a postmodifier are read for its content words.
const TAIL_WORDS = 8;

/**
 * The content words of a phrase's prepositional postmodifier, whatever its preposition: "an accord between Nigeria and
 * the Paris Club of western creditor governments" gives nigeria, paris, club, western, creditor, governments.
 */
export function readTail(words: Word[], last: number): string[] {
  const tail: string[] = [];
  if (words[last + 1]?.pos !== 'ADP') return tail;
  for (let k = last + 2; k < words.length && k - last <= TAIL_WORDS; k++) {
    const w = words[k];
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') break;
    if (CONTENT.has(w.pos)) tail.push(w.lower);
  }
  return tail;
}

/** The kind the phrase's words name outright ("a security cooperation agreement", "a truce"), or null. */
export function readNamedKind(words: Word[], first: number, last: number): AgreementKind | null {
  let kind: AgreementKind | null = null;
  for (let k = first; k <= last; k++) {
    const lower = words[k].lower;
    const head = STRONG_HEADS.get(lower) ?? WEAK_HEADS.get(lower);
    const named = KIND_NAMES.has(lower) ? KIND_CUES.get(lower) : head ? HEAD_KINDS.get(head) : undefined;
    kind = strongerKind(kind, named ?? null);
  }
  return kind;
}

/** The kind told by the phrase's words and by its topic ("an agreement on security guarantees"), or null. */
export function readKind(words: Word[], first: number, last: number, topic: string[]): AgreementKind | null {
  let kind: AgreementKind | null = null;
  for (let k = first; k <= last; k++) kind = strongerKind(kind, cueOf(words[k].lower) ?? null);
  for (const w of topic) kind = strongerKind(kind, cueOf(w) ?? null);
  return kind;
}
