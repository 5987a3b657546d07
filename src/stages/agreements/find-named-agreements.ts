import { NAMED_AGREEMENTS, type NamedAgreement } from '../../lexicon/named-agreements.js';
import type { SentenceWords } from './build-words.js';
import type { Phrase } from './phrase.js';
import { STRONG_HEADS } from '../../lexicon/agreement-nouns.js';

const byLower = new Map<string, NamedAgreement>(NAMED_AGREEMENTS.map((n) => [n.name.toLowerCase(), n]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Every known name, longest first, between non-letters.
const NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<name>${[...NAMED_AGREEMENTS].sort((a, b) => b.name.length - a.name.length).map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

// The first word of every known name: the long pattern above runs only on a text holding one of them.
// (As the word list may glue a hyphenated word or not, both forms are kept: "trans-pacific", "trans".)
const FIRST_WORDS = new Set(NAMED_AGREEMENTS.flatMap((n) => [n.name.split(/\s/)[0], n.name.split(/[\s-]/)[0]]).map((w) => w.toLowerCase()));

/** Phrases for the known names ("the Paris Agreement", "New START treaty"), by sentence index. */
export function findNamedAgreements(norm: string, sentences: SentenceWords[]): Map<number, Phrase[]> {
  const out = new Map<number, Phrase[]>();
  if (!sentences.some((s) => s.words.some((w) => FIRST_WORDS.has(w.lower)))) return out;
  let s = 0;
  for (const m of norm.matchAll(NAMED)) {
    const found = m.groups!.name;
    const entry = byLower.get(found.toLowerCase().replace(/\s+/g, ' '));
    if (!entry || (entry.exactCase && found.replace(/\s+/g, ' ') !== entry.name)) continue;
    const start = m.index!;
    const end = start + found.length;
    while (s < sentences.length - 1 && (sentences[s].words.length === 0 || sentences[s].words[sentences[s].words.length - 1].end <= start)) s++;
    const { words, index } = sentences[s];
    let first = words.findIndex((w) => w.start >= start);
    let last = words.findLastIndex((w) => w.end <= end);
    if (first < 0 || last < first) continue;
    if (words[last + 1] && STRONG_HEADS.has(words[last + 1].lower)) last++;
    if (words[first - 1]?.lower === 'the') first--;
    const phrase: Phrase = {
      start: words[first].start, end: words[last].end, sentence: index, first, head: last, last,
      noun: entry.name.toLowerCase(), strength: 'strong', plural: false, ref: 'definite',
      named: (entry.sameAs ?? entry.name).toLowerCase(), kind: entry.kind, modifiers: [], topic: [], fresh: false,
      separate: false, distinguishing: true, supported: true, inner: [],
    };
    out.set(index, [...(out.get(index) ?? []), phrase]);
  }
  return out;
}
