// Words for name finding: wink tokens, with hyphenated pieces joined ("Al-Nasser", "Secretary-General").
import type { Doc, Span } from '../../doc.js';
import { NAME_PARTICLES, NAME_PREFIXES, NAME_SUFFIXES } from '../../lexicon/name-particles.js';
import { COMPOUND_ADJECTIVE_TAILS, DASH_CLAUSE_WORDS } from '../../lexicon/non-person-words.js';
import { FUNCTION_WORDS } from '../../lexicon/person-names.js';
import { lookupPlace } from '../../lexicon/countries.js';
import { upperFirst } from '../../text-case.js';

/** What a word can be inside a name. */
export type Shape = 'cap' | 'initial' | 'particle' | 'suffix' | 'acronym' | 'lower' | 'punct' | 'other';

/** A word of the article, with its shape and sentence. */
export interface Word extends Span {
  text: string;
  lower: string;
  /** Lexicon key: lower case, a trailing dot dropped ("Mr." -> "mr"). */
  key: string;
  shape: Shape;
  pos: string;
  sentence: number;
}

const NAME_CHARS = /^\p{Lu}[\p{L}\p{M}'.-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
// Initials written together ("J.P.", "H.W.") or a middle initial without its dot ("George W Bush"; not "A", "I", "O").
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const BARE_INITIAL = /^[B-HJ-NP-Z]$/;
const ACRONYM = /^[\p{Lu}\d.&]{2,}$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;
const WORDLIKE = /^[\p{L}\p{M}\d'.]+$/u;
// Plurals of initials and letters: "PCs", "GDRs", "A's".
const LETTER_PLURAL = /^(?:\p{Lu}{2,}s|\p{Lu}'s)$/u;
// A pronoun with its verb in one token ("I'm"): capitalised, but no name.
const CONTRACTION = /^(?:I|You|We|They|He|She|It|That|There|What|Who|Here)'(?:m|ll|ve|d|re|s)$/;
const SUFFIX = /^(?:[JS]r\.?|[IVX]+|M\.D\.|Ph\.D\.|Esq\.?)$/;

/** Capitalised with a lower-case letter: "Zelensky", "O'Brien", "Al-Nasser", "Mr.". */
const isCap = (text: string): boolean => NAME_CHARS.test(text) && HAS_LOWER.test(text);

/** A compound adjective, capitalised for its first part: "Egyptian-born", "Pakistani-controlled", "Arabic-language". */
const isCompoundAdjective = (lower: string): boolean => COMPOUND_ADJECTIVE_TAILS.has(lower.slice(lower.lastIndexOf('-') + 1));

/** Is the first character a lower-case letter? */
function lowerFirst(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(text);
}

function shapeOf(text: string, lower: string): Shape {
  if (upperFirst(text)) {
    if (text.length <= 7 && (CONTRACTION.test(text) || LETTER_PLURAL.test(text))) return 'other';
    if (NAME_SUFFIXES.has(lower) && SUFFIX.test(text)) return 'suffix';
    if (text.length <= 2 && (INITIAL.test(text) || BARE_INITIAL.test(text))) return 'initial';
    if (text[1] === '.' && INITIALS.test(text)) return lookupPlace(text) ? 'acronym' : 'initial'; // "U.S.", "U.N." are places
    if (isCap(text)) return lower.includes('-') && isCompoundAdjective(lower) ? 'other' : 'cap';
    return ACRONYM.test(text) ? 'acronym' : 'other';
  }
  if (lowerFirst(text)) {
    const dash = text.indexOf('-');
    if (dash > 0 && NAME_PREFIXES.has(lower.slice(0, dash)) && isCap(text.slice(dash + 1))) return 'cap';
    return NAME_PARTICLES.has(lower) ? 'particle' : 'lower';
  }
  return WORDLIKE.test(text) ? 'other' : 'punct';
}

/**
 * A hyphen written for a dash before a clause: "Markac-with", "Rubina-known by", "Mahsouli-a commander".
 * Two-letter syllables stay joined ("Jae-in", "Jong-un").
 */
function isDashedClause(norm: string, after: Span): boolean {
  const word = norm.slice(after.start, after.end).toLowerCase();
  return word.length !== 2 && LOWER_FIRST.test(word) && (FUNCTION_WORDS.has(word) || DASH_CLAUSE_WORDS.has(word));
}

const DIGITS = /^\d+$/;

/**
 * A hyphen that joins a label to the name after it, not two parts of one word: a seeding or shirt number
 * ("4-Peter Nicol", "15-Andre Joubert") or a team's country ("Australia-Ian Healy", "Sri Lanka-Arjuna").
 */
function isLabelHyphen(norm: string, before: Span, pieceStart: number, after: Span): boolean {
  if (!upperFirst(norm.slice(after.start, after.end))) return false;
  const piece = norm.slice(pieceStart, before.end);
  if (DIGITS.test(piece)) return true;
  let twoWords = pieceStart - 1;
  while (norm[pieceStart - 1] === ' ' && twoWords > 0 && /\S/.test(norm[twoWords - 1])) twoWords--;
  const hit = lookupPlace(piece) ?? (twoWords < pieceStart - 1 ? lookupPlace(norm.slice(twoWords, before.end)) : undefined);
  return hit?.kind === 'country' && hit.form !== 'demonym' && hit.form !== 'capital';
}

/** The article's words in order: tokens joined across in-word hyphens, each with its shape. */
export function readWords(doc: Doc): Word[] {
  const { tokens, norm } = doc;
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    let end = first.end;
    let pieceStart = first.start;
    let j = i;
    for (;;) {
      // "Al" "-" "Nasser" -> "Al-Nasser": a hyphen with no space either side joins two word tokens;
      // "Y" "ı" "ld" ... -> "Yıldırım": letters the tokenizer split apart join again.
      const next = tokens[j + 1];
      if (next?.start === end && LETTER.test(norm[end - 1]) && LETTER.test(norm[end])) {
        j += 1;
      } else if (next?.start === end && norm[end] === '-' && next.end === end + 1 && tokens[j + 2]?.start === end + 1
        && LETTER_OR_DIGIT.test(norm[end + 1]) && LETTER_OR_DIGIT.test(norm[end - 1]) && !isDashedClause(norm, tokens[j + 2])
        && !isLabelHyphen(norm, tokens[j], pieceStart, tokens[j + 2])) {
        j += 2;
        pieceStart = tokens[j].start;
      } else break;
      end = tokens[j].end;
    }
    const text = j === i ? first.text : norm.slice(first.start, end);
    const lower = j === i ? first.lower : text.toLowerCase();
    const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    words.push({ start: first.start, end, text, lower, key, shape: shapeOf(text, lower), pos: first.pos, sentence: first.sentence });
    i = j;
  }
  return words;
}
