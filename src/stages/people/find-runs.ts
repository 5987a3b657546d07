// Runs of capitalised words that may hold a name: "Italian Foreign Minister Antonio Tajani", "Ursula von der Leyen".
import type { Span } from '../../doc.js';
import { OPENING_PARTICLES } from '../../lexicon/name-particles.js';
import { lookupPlace } from '../../lexicon/countries.js';
import { FUNCTION_WORDS, FIRST_NAMES, LAST_NAMES, PLACE_WORDS } from '../../lexicon/person-names.js';
import { OFFICES_WITH_FIELD, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import type { Word } from './read-words.js';

/** A run: words [from, to) of the article's word list. */
export interface Run {
  from: number;
  to: number;
}

/** True when only plain spaces stand between two words (no punctuation, no line break). */
export function adjacent(norm: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) if (norm[i] !== ' ') return false;
  return true;
}

/** A capitalised function word ("The", "But", "In") never opens a name; a capitalised particle ("De Clercq") may. */
function isNameWord(w: Word): boolean {
  if (w.shape === 'initial') return true;
  if (w.shape !== 'cap') return false;
  const key = w.key;
  return !FUNCTION_WORDS.has(key) || FIRST_NAMES.has(key) || LAST_NAMES.has(key) || OPENING_PARTICLES.has(key);
}

const isCapName = (w: Word | undefined): boolean => !!w && w.shape === 'cap' && isNameWord(w);

/**
 * A capitalised function word inside a sentence, right after a name and not before another capitalised word, is a
 * name's last part ("Liu He said", "Peter Such gave"): the word is only capitalised as a name there.
 */
function isInnerFunctionWord(words: Word[], at: number, norm: string): boolean {
  const w = words[at];
  if (w.shape !== 'cap' || w.key === 'i' || !FUNCTION_WORDS.has(w.key) || !isCapName(words[at - 1])) return false;
  const next = words[at + 1];
  return !(next && next.sentence === w.sentence && adjacent(norm, w, next) && (next.shape === 'cap' || next.shape === 'acronym'));
}

/** A lower-case particle that opens a name ("de Klerk", "bin Laden"), not after a capitalised word (then it is inside one). */
function particleOpensName(words: Word[], i: number, norm: string): boolean {
  const w = words[i];
  const prev = words[i - 1];
  return w.shape === 'particle' && OPENING_PARTICLES.has(w.lower) && isCapName(words[i + 1]) && adjacent(norm, w, words[i + 1]) &&
    !(prev && prev.sentence === w.sentence && (prev.shape === 'cap' || prev.shape === 'initial'));
}

/** How many words at `at` continue an office with its field ("Minister" + "of State for Foreign Affairs"), or 0. */
export function officeTail(words: Word[], at: number): number {
  if (!OFFICES_WITH_FIELD.has(words[at - 1]?.key ?? '')) return 0;
  let end = at;
  while (words[end]?.lower === 'of' || words[end]?.lower === 'for') {
    let k = end + 1;
    if (words[k]?.lower === 'the') k++;
    const fieldFrom = k;
    while (k < fieldFrom + 4 && words[k] && (TITLE_MODIFIERS.has(words[k].lower) || (words[k].lower === 'and' && k > fieldFrom))) k++;
    if (k === fieldFrom || words[k - 1].lower === 'and') break;
    end = k;
  }
  return end - at;
}

const MAX_INITIALS = 3;

/** Initials that open a name: "J.P. Bolduc", "T. Boone Pickens" (followed by a capitalised word, maybe after more initials). */
function initialsLeadName(words: Word[], i: number, norm: string): boolean {
  let k = i;
  while (k - i < MAX_INITIALS && words[k + 1]?.shape === 'initial' && adjacent(norm, words[k], words[k + 1])) k++;
  if (words[k + 1]?.shape === 'particle' && adjacent(norm, words[k], words[k + 1])) k++; // "F.W. de Klerk"
  const next = words[k + 1];
  return !!next && next.shape === 'cap' && next.sentence === words[i].sentence && adjacent(norm, words[k], next);
}

const MAX_NICKNAME = 4;
const CLOSING: ReadonlyMap<string, string> = new Map([['(', ')'], ['"', '"']]);
const NICKNAME_SMALL_WORDS = new Set(['of', 'the']);

/**
 * How many words at `at` are a nickname in brackets or quotes inside a name, with the name word after it
 * ("Cristina (Monalisa) Zenaida", 'Roberto "Hands of Stone" Duran'), or 0.
 */
function nicknameIn(words: Word[], at: number, norm: string): number {
  const close = CLOSING.get(words[at].text);
  if (!close || !isCapName(words[at - 1])) return 0;
  let k = at + 1;
  while (k - at <= MAX_NICKNAME && words[k] && (words[k].shape === 'cap' || (k > at + 1 && NICKNAME_SMALL_WORDS.has(words[k].lower)))) k++;
  const end = words[k];
  const name = words[k + 1];
  if (k === at + 1 || end?.text !== close || !isCapName(name) || name.sentence !== words[at].sentence) return 0;
  // "Olaf Ludwig (Germany) Telekom": a place in brackets is no nickname.
  const inner = norm.slice(words[at + 1].start, words[k - 1].end);
  if (lookupPlace(inner) || PLACE_WORDS.has(inner.toLowerCase())) return 0;
  return adjacent(norm, end, name) ? k + 2 - at : 0;
}

/** Every maximal run of name-like words: capitalised words, initials, inner particles, trailing suffixes. */
export function findRuns(words: Word[], norm: string, skip: (w: Word) => boolean): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const opens = particleOpensName(words, i, norm) || (isNameWord(words[i]) && (words[i].shape !== 'initial' || initialsLeadName(words, i, norm)));
    if (!opens || skip(words[i])) {
      i++;
      continue;
    }
    let to = i + 1;
    for (;;) {
      const next = words[to];
      if (!next || next.sentence !== words[to - 1].sentence || !adjacent(norm, words[to - 1], next) || skip(next)) break;
      // A suffix closes a name: "William R. Breakey M.D. Pamela J. Fischer" is two.
      if (words[to - 1].shape === 'suffix' && next.shape !== 'suffix') break;
      if (isNameWord(next) || next.shape === 'suffix' || isInnerFunctionWord(words, to, norm)) {
        to++;
        continue;
      }
      const tail = officeTail(words, to) || nicknameIn(words, to, norm);
      if (tail) {
        to += tail;
        continue;
      }
      // Particles ("bin", "von der", "de la") only between name words.
      let k = to;
      while (words[k]?.shape === 'particle' && adjacent(norm, words[k - 1], words[k])) k++;
      if (k > to && words[k] && isNameWord(words[k]) && adjacent(norm, words[k - 1], words[k])) {
        to = k + 1;
        continue;
      }
      break;
    }
    runs.push({ from: i, to });
    i = to;
  }
  return runs;
}
