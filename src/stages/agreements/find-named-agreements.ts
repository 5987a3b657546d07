import { NAMED_AGREEMENTS, type NamedAgreement } from '../../lexicon/named-agreements.js';
import type { SentenceWords } from './build-words.js';
import type { Party } from '../../doc.js';
import { countryName } from '../../lexicon/countries.js';
import type { Phrase } from './phrase.js';
import { STRONG_HEADS } from '../../lexicon/agreement-nouns.js';
import { namesBody, readSpan } from './read-span.js';
import { isTitleCase } from './find-agreement-phrases.js';

const NO_WORDS: ReadonlySet<number> = new Set();

const byLower = new Map<string, NamedAgreement>(NAMED_AGREEMENTS.map((n) => [n.name.toLowerCase(), n]));
/** The entry a name stands for: itself, or the one it is another name of. */
const canonical = (n: NamedAgreement): NamedAgreement => (n.sameAs ? byLower.get(n.sameAs.toLowerCase()) ?? n : n);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Every known name, longest first, between non-letters; tried (sticky) only where one of their first words opens a word.
const NAMES = [...NAMED_AGREEMENTS].sort((a, b) => b.name.length - a.name.length);
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${NAMES.map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
// A name's first word (up to a space or hyphen) is followed by neither letter nor digit, in every name the pattern finds.
const FIRST_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(NAMES.map((n) => escape(n.name.split(/[\s-]/)[0])))].join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The known names in a text, in order, as `matchAll(NAMED)` would find them, without trying the long pattern at every word. */
function* matchNames(norm: string): Generator<RegExpExecArray> {
  FIRST_WORD.lastIndex = 0;
  for (let f = FIRST_WORD.exec(norm); f; f = FIRST_WORD.exec(norm)) {
    NAMED.lastIndex = f.index;
    const m = NAMED.exec(norm);
    // Where no name matches, the next first word may start inside this one: look again from the next character.
    FIRST_WORD.lastIndex = m ? m.index + m[0].length : f.index + (norm.codePointAt(f.index)! > 0xffff ? 2 : 1);
    if (m) yield m;
  }
}

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

/** Whether a listed agreement binds by its nature, by its lower-case name ("general agreement on tariffs and trade"). */
export const namedBinding = (named: string): boolean => byLower.get(named)?.binding ?? false;

/** Whether a phrase names a listed treaty open to many states (GATT, the CTBT): only states the text binds are its parties. */
export const isOpenTreaty = (p: Phrase): boolean => p.listed && (byLower.get(p.named!)?.multilateral ?? false);

/** A name's words other than its last (its head) and small words: what a description of it may share ("nuclear"). */
const nameWords = (name: string): string[] => name.toLowerCase().split(/[\s-]+/).slice(0, -1).filter((w) => w.length > 3);

/** Phrases for the known names ("the Paris Agreement", "New START treaty"), by sentence index. */
export function findNamedAgreements(norm: string, sentences: SentenceWords[]): Map<number, Phrase[]> {
  const out = new Map<number, Phrase[]>();
  if (!sentences.some(hasOpening)) return out;
  let s = 0;
  for (const m of matchNames(norm)) {
    const found = m.groups!.name;
    const written = byLower.get(found.toLowerCase().replace(/\s+/g, ' '));
    if (!written || (written.exactCase && found.replace(/\s+/g, ' ') !== written.name)) continue;
    const entry = canonical(written);
    const start = m.index!;
    const end = start + found.length;
    while (s < sentences.length - 1 && (sentences[s].words.length === 0 || sentences[s].words[sentences[s].words.length - 1].end <= start)) s++;
    const { words, index } = sentences[s];
    let first = words.findIndex((w) => w.start >= start);
    let last = words.findLastIndex((w) => w.end <= end);
    if (first < 0 || last < first) continue;
    if (words[last + 1] && STRONG_HEADS.has(words[last + 1].lower)) last++;
    if (namesBody(words, last) && !isTitleCase(words)) continue;
    // The phrase takes its determiner and premodifiers: "the 1982 United Nations Convention on the Law of the Sea".
    first = readSpan(words, first, last, true, NO_WORDS).first;
    const phrase: Phrase = {
      start: words[first].start, end: words[last].end, sentence: index, first, head: last, last,
      noun: written.name.toLowerCase(), strength: 'strong', plural: false, ref: 'definite',
      named: entry.name.toLowerCase(), listed: true, kind: entry.kind, namedKind: entry.kind, cooperation: false, modifiers: nameWords(entry.name), topic: [], tail: [], fresh: false, past: false,
      separate: false, bilateral: false, distinguishing: true, supported: true, inner: [], trailing: [], dated: null, eventDate: null, nearby: new Set(),
    };
    out.set(index, [...(out.get(index) ?? []), phrase]);
  }
  return out;
}
