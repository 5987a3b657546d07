import { NAMED_AGREEMENTS, type NamedAgreement } from '../../lexicon/named-agreements.js';
import type { SentenceWords } from './build-words.js';
import type { Party } from '../../doc.js';
import { countryName } from '../../lexicon/countries.js';
import type { Phrase } from './phrase.js';
import { STRONG_HEADS } from '../../lexicon/agreement-nouns.js';

const byLower = new Map<string, NamedAgreement>(NAMED_AGREEMENTS.map((n) => [n.name.toLowerCase(), n]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Every known name, longest first, between non-letters.
const NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<name>${[...NAMED_AGREEMENTS].sort((a, b) => b.name.length - a.name.length).map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

// The first two words of every known name (the second '' for a one-word name): the long pattern above runs only on a
// text holding one such pair ("new start", not any "new"). As the word list may glue a hyphenated word or not, both
// forms are kept: "trans-pacific partnership", "trans pacific".
const OPENINGS = new Map<string, Set<string>>();
for (const n of NAMED_AGREEMENTS) {
  for (const parts of [n.name.toLowerCase().split(/\s/), n.name.toLowerCase().split(/[\s-]/)]) {
    if (!OPENINGS.has(parts[0])) OPENINGS.set(parts[0], new Set());
    OPENINGS.get(parts[0])!.add(parts[1] ?? '');
  }
}

/** Whether a sentence holds the opening of a known name. */
function hasOpening(s: SentenceWords): boolean {
  for (let i = 0; i < s.words.length; i++) {
    const seconds = OPENINGS.get(s.words[i].lower);
    if (seconds && (seconds.has('') || seconds.has(s.words[i + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** The fixed parties of a listed agreement, by its lower-case name ("good friday agreement"), with their names. */
export function listedParties(named: string): Party[] {
  return (byLower.get(named)?.parties ?? []).map((code) => ({ code, name: countryName(code) ?? code }));
}

/** Phrases for the known names ("the Paris Agreement", "New START treaty"), by sentence index. */
export function findNamedAgreements(norm: string, sentences: SentenceWords[]): Map<number, Phrase[]> {
  const out = new Map<number, Phrase[]>();
  if (!sentences.some(hasOpening)) return out;
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
      named: (entry.sameAs ?? entry.name).toLowerCase(), listed: true, kind: entry.kind, namedKind: entry.kind, cooperation: false, modifiers: [], topic: [], fresh: false, past: false,
      separate: false, distinguishing: true, supported: true, inner: [], trailing: [], dated: null, eventDate: null, nearby: new Set(),
    };
    out.set(index, [...(out.get(index) ?? []), phrase]);
  }
  return out;
}
