// Guesses whether the clause around a date speaks of the past or the future, from nearby verbs.
import type { Doc } from '../../doc.js';

/** The tense that decides which way an underspecified date ("Monday", "in March") points. */
export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', 'wo', 'going', 'plans', 'plan', 'scheduled', 'expected', 'expects',
  'due', 'slated', 'intends', 'would', 'upcoming', 'next', 'hopes', 'aims', 'planning', 'tomorrow', 'might',
  'may', 'could',
]);
/** Words just before a date that point it forward ("as soon as Tuesday", "until Friday"). */
const FORWARD_BEFORE = /\b(?:as (?:soon|early) as|until|till|no later than|starting|beginning|by|through|effective|payable) $/i;
/** A possessive right after a date ("Wednesday's ruling") names something that already happened. */
const POSSESSIVE_AFTER = /^'s\b/;
/** Present-tense verbs: the clause is about now, so the search stops there with no tense. */
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'does', 'do']);
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'took', 'gave', 'made', 'came', 'went', 'began', 'ran',
  'left', 'saw', 'won', 'lost', 'fell', 'rose', 'held', 'brought', 'sent', 'spent', 'sold', 'bought', 'led',
  'kept', 'found', 'paid', 'became', 'broke', 'chose', 'fought', 'flew', 'grew', 'heard', 'knew', 'meant',
  'shot', 'spoke', 'stood', 'struck', 'taught', 'threw', 'wrote', 'ago', 'earlier', 'last', 'got', 'sank',
  'hit', 'quit', 'beat', 'fled', 'drew', 'ate', 'wore', 'won', 'slid', 'swung', 'sought', 'thought', 'felt',
]);
/** Words after which a participle is passive or infinitive, and says nothing of the tense itself. */
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'re", "'s", 'to', 'get', 'gets', 'was', 'were']);
const BEFORE_WINDOW = 12;
const AFTER_WINDOW = 4;

function wordAt(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return t ? doc.norm.slice(t.start, t.end).toLowerCase() : '';
}

function classify(doc: Doc, i: number): Tense {
  const word = wordAt(doc, i);
  if (FUTURE_WORDS.has(word)) return 'future';
  if (word === 'to' && /^(?:is|are|was|were|set)$/.test(wordAt(doc, i - 1))) return 'future';
  if (PRESENT_WORDS.has(word)) return 'present';
  const participle = PAST_WORDS.has(word) || ((doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') && /[a-z]ed$/.test(word));
  if (!participle) return doc.tokens[i].pos === 'VERB' && /[^s]s$/.test(word) ? 'present' : null;
  const before = wordAt(doc, i - 1);
  return PASSIVE_AUX.has(before) && !PAST_WORDS.has(before) ? null : 'past';
}

/** The first token index whose start is at or after `at` (binary search over doc.tokens). */
export function tokenIndexAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tense of the nearest tense-bearing word in the same sentence as [start, end): before it first, then after. */
export function guessTense(doc: Doc, start: number, end: number): Tense {
  if (FORWARD_BEFORE.test(doc.norm.slice(Math.max(0, start - 20), start))) return 'future';
  if (POSSESSIVE_AFTER.test(doc.norm.slice(end, end + 3))) return 'past';
  const tokens = doc.tokens;
  const first = tokenIndexAt(doc, start);
  const last = tokenIndexAt(doc, end);
  const sentence = tokens[first]?.sentence ?? -1;
  for (let i = first - 1; i >= Math.max(0, first - BEFORE_WINDOW) && tokens[i].sentence === sentence; i--) {
    const t = classify(doc, i);
    if (t) return t;
  }
  for (let i = last; i < Math.min(tokens.length, last + AFTER_WINDOW) && tokens[i].sentence === sentence; i++) {
    const t = classify(doc, i);
    if (t) return t;
  }
  return null;
}
