// Finds date spans: every grammar rule over the folded text, minus what is not a date, longest first.
import type { Doc } from '../../doc.js';
import { MONTH_NAMES, MONTHS } from '../../lexicon/months.js';
import {
  BEFORE_BARE_MONTH, BEFORE_YEAR, COUNTED_NOUNS, NUMBER_LABELS,
} from '../../lexicon/date-context-words.js';
import { BEFORE_VERB_LAST } from '../../lexicon/date-tense-words.js';
import {
  DATE_PREFIX_WORDS, DECADE_WORDS, FREQUENCY_WORDS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, TRIGGER_WORDS, WEEKDAY_NAMES,
} from '../../lexicon/date-words.js';
import type { RuleKind } from './grammar.js';
import { RULES, TRIGGER } from './grammar.js';
import { tokenIndexAt } from './guess-tense.js';
import { alternation } from './word-pattern.js';

/** A date span and the rule that found it. */
export interface FoundSpan {
  start: number;
  end: number;
  kind: RuleKind;
}

const MONTH_OR_DAY_NAME = new RegExp(`\\b(?:${alternation([...Object.keys(MONTHS), ...WEEKDAY_NAMES])})\\b`, 'i');
const BARE_MONTH = new RegExp(`^(?:${alternation(MONTH_NAMES)})$`, 'i');
const BEFORE_BARE_MONTH_WORD = new RegExp(`\\b(?:${alternation(BEFORE_BARE_MONTH)})[ -]$`, 'i');
const BEFORE_YEAR_WORD = new RegExp(`\\b(?:${alternation(BEFORE_YEAR)})[ -]$|^$`, 'i');
const NUMBER_LABEL = new RegExp(`\\b(?:${alternation(NUMBER_LABELS)}|\\$)\\.? ?$`, 'i');
const COUNTED_NOUN = new RegExp(`^(?:${alternation(COUNTED_NOUNS)})$`);
const NEXT_WORD = /^[ ,]*([A-Za-z']+)?/;
// Local copies: module bindings read in the inner loop are cheaper as plain constants.
const ALL_RULES = [...RULES];
const NUMBER = TRIGGER.number;
/** Marks a token that is no trigger but may stand before one. */
const PREFIX_ONLY = -1;

/** How many tokens before a trigger a span may start ("the very end of this past ..."). */
const LOOK_BACK = 8;

/** Each trigger word to the kinds of trigger it is. */
const TRIGGERS = new Map<string, number>();
function addTriggers(words: Iterable<string>, bit: number): void {
  for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | bit);
}
addTriggers(Object.keys(MONTHS), TRIGGER.month);
addTriggers(WEEKDAY_NAMES, TRIGGER.weekday);
addTriggers(WEEKDAY_NAMES.map((w) => `${w}s`), TRIGGER.weekday);
addTriggers(Object.keys(SEASONS), TRIGGER.season);
addTriggers(Object.keys(ORDINAL_WORDS), TRIGGER.ordinal);
addTriggers(Object.keys(DECADE_WORDS), TRIGGER.decadeWord);
addTriggers(['nineteen', 'twenty', 'thousand'], TRIGGER.numberWord);
addTriggers(Object.keys(FREQUENCY_WORDS), TRIGGER.frequency);
addTriggers(TRIGGER_WORDS.unit.flatMap((w) => [w, `${w}s`, `${w}'s`]), TRIGGER.unit);
addTriggers(TRIGGER_WORDS.deixis, TRIGGER.deixis);
addTriggers(TRIGGER_WORDS.ref, TRIGGER.ref);
addTriggers(TRIGGER_WORDS.holiday, TRIGGER.holiday);
addTriggers(TRIGGER_WORDS.frequency, TRIGGER.frequency);

/** Words that may stand in a span before its trigger word. */
const PREFIX = new Set([...DATE_PREFIX_WORDS, ...Object.keys(NUMBER_WORDS), ...TRIGGERS.keys()]);

/** The kinds of trigger a token is (0 for none); `lower` is the word in lower case, when known. */
function triggerOf(word: string, lower?: string): number {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return NUMBER;
  if (c === 39) return /^'\d/.test(word) ? NUMBER : 0;
  const dot = word.charCodeAt(word.length - 1) === 46;
  const bare = dot ? word.slice(0, -1) : word;
  let bits = TRIGGERS.get(bare) ?? 0;
  // A word opening with a capital is looked up in lower case too (the full stop dropped from it as from the word).
  if (bits === 0 && c >= 65 && c <= 90) {
    const low = lower ?? word.toLowerCase();
    bits = TRIGGERS.get(dot ? low.slice(0, -1) : low) ?? 0;
  }
  if (bits === 0 && bare.includes('-')) for (const part of bare.split('-')) bits |= part ? triggerOf(part) : 0;
  return bits;
}

const VERB_LAST_AFTER = new Set(BEFORE_VERB_LAST);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Is token `i` ("last") the verb: after a modal or "to", or between a subject and a count ("talks last two weeks")? */
function isVerbLast(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (!prev) return false;
  if (VERB_LAST_AFTER.has(prev.lower)) return true;
  return SUBJECT_POS.has(prev.pos) && doc.tokens[i + 1]?.pos === 'NUM';
}

/** Each token's trigger bits, and a flag for tokens that may open a span before a trigger (-1) or not (0). */
function classifyTokens(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) {
    const { text: word, lower } = doc.tokens[i];
    const bits = triggerOf(word, lower);
    if (bits !== 0) out[i] = bits;
    else if (PREFIX.has(word) || (lower !== word && PREFIX.has(lower))) out[i] = word.length === 4 && /^last$/i.test(word) && isVerbLast(doc, i) ? 0 : PREFIX_ONLY;
  }
  return out;
}

function keep(doc: Doc, kind: RuleKind, start: number, end: number): boolean {
  const text = doc.norm.slice(start, end);
  const before = doc.norm.slice(Math.max(0, start - 24), start);
  const after = doc.norm.slice(end, end + 24);
  const name = MONTH_OR_DAY_NAME.exec(text);
  if (name && kind !== 'set' && kind !== 'ref' && !/^[A-Z]/.test(name[0])) return false;
  if (kind === 'month' && BARE_MONTH.test(text)) {
    const token = doc.tokens[tokenIndexAt(doc, start)];
    if (token && (token.pos === 'AUX' || token.pos === 'VERB')) return false;
    if (/^[ ]+[A-Z]/.test(after) && !/^[ ]+[A-Z][a-z]+ \d/.test(after)) return false;
    if (/^(?:may|march)$/i.test(text) && !BEFORE_BARE_MONTH_WORD.test(before)) return false;
    if (/[A-Z][a-z]+ $/.test(before) && !BEFORE_BARE_MONTH_WORD.test(before)) return false;
  }
  if (kind === 'year' && /^\d{4}$/.test(text)) {
    const year = Number(text);
    if (NUMBER_LABEL.test(before) || /\d[ -]$/.test(before) || /^[ -]\d/.test(after)) return false;
    const next = NEXT_WORD.exec(after)?.[1] ?? '';
    if (/^[a-z]+s$/.test(next) && !BEFORE_YEAR_WORD.test(before)) return false;
    if (COUNTED_NOUN.test(next) && !/\b(?:in|since|of|the) $/i.test(before)) return false;
    if (year < 1900 && !BEFORE_YEAR_WORD.test(before)) return false;
    if (/^\s*(?:-|to|and) \d{1,3}\b/.test(after)) return false;
  }
  if ((kind === 'relative' || kind === 'deictic') && /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(text) && /(?:["'(]|[A-Za-z,] ?)$/.test(before)) return false;
  if (kind === 'season' && /^(?:the|a) (?:fall|spring)$/i.test(text) && /^ (?:of|in|from|to|into|on|at)\b/.test(after)) return false;
  if (kind === 'relative' && /^the (?:year|week|month|quarter|weekend)$/i.test(text) && /^ (?:of|that|when|in which|before|after)\b/.test(after) && !/^ of \d/.test(after)) return false;
  return true;
}

// What a number token can open, by its shape: a year ("1996", "the 1990s"), a decade, a clock time ("8 p.m.", "10:30").
const YEAR_SHAPE = /^(?:1[0-9]|20)\d\d$/;
const DECADE_SHAPE = /^\d{3}0'?s$|^'\d0s$/;
const CLOCK_AFTER = /^(?:[:.][0-5]\d)? ?(?:[ap]\.?m\b|o'clock|in the)/i;
const PLURAL_AFTER = /^'?s\b/;
const NUMBER_KINDS: Record<string, (word: string, after: string) => boolean> = {
  year: (word) => YEAR_SHAPE.test(word),
  decade: (word, after) => DECADE_SHAPE.test(word) || (YEAR_SHAPE.test(word) && PLURAL_AFTER.test(after)),
  time: (word, after) => word.includes(':') || CLOCK_AFTER.test(after),
};
// What splits a number token into parts that may each be the number: "mid-1990s", "2003-04", "1986/87".
const NUMBER_PARTS = /[-/]/;

/**
 * The rules (bit r for ALL_RULES[r]) that can hold a span whose only trigger is the number token `i`: most numbers
 * ("38", "5.1", "1,000") are no year, decade or clock time, and their rules need not run.
 */
function numberRules(doc: Doc, i: number): number {
  const t = doc.tokens[i];
  const word = t.text;
  const after = doc.norm.slice(t.end, t.end + 12);
  // Each part between hyphens or slashes may be the number; a plain number is its own one part.
  const parts = word.split(NUMBER_PARTS);
  let mask = 0;
  for (let r = 0; r < ALL_RULES.length; r++) {
    const test = NUMBER_KINDS[ALL_RULES[r].kind];
    if (!test || parts.some((part) => test(part, after)) || (parts.length > 1 && test(word, after))) mask |= 1 << r;
  }
  return mask;
}

/** Every date span in the article, non-overlapping, longest first, in text order. */
export function findDateSpans(doc: Doc): FoundSpan[] {
  const found: FoundSpan[] = [];
  const tokens = doc.tokens;
  // The rules already tried at each token's start (bit r for ALL_RULES[r]).
  const tried = new Int32Array(tokens.length);
  const kinds = classifyTokens(doc);
  // The rules whose cue word the text holds (every rule without one). A cue is looked for the first time its rule
  // could be tried: most texts never reach the rules of rare words.
  let present = 0;
  let looked = 0;
  for (let r = 0; r < ALL_RULES.length; r++) if (!ALL_RULES[r].cue) present |= 1 << r;
  const holdsCue = (r: number): boolean => {
    if (((looked >> r) & 1) === 0) {
      looked |= 1 << r;
      if (ALL_RULES[r].cue!.test(doc.norm)) present |= 1 << r;
    }
    return ((present >> r) & 1) === 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const bits = kinds[i];
    if (bits <= 0) continue;
    // Walk back over words that may open the span; numbers only before a word trigger ("18 October").
    let first = i;
    while (first > 0 && i - first < LOOK_BACK && kinds[first - 1] !== 0 && (bits !== NUMBER || kinds[first - 1] !== NUMBER)) first--;
    // The rules a lone number may open, worked out once for the token (every rule for any other trigger).
    const allowed = bits === NUMBER ? numberRules(doc, i) : -1;
    for (let j = first; j <= i; j++) {
      const start = tokens[j].start;
      for (let r = 0; r < ALL_RULES.length; r++) {
        const rule = ALL_RULES[r];
        if ((rule.needs & bits) === 0 || ((tried[j] >> r) & 1) !== 0) continue;
        if (((allowed >> r) & 1) === 0 || (rule.cue && !holdsCue(r))) continue;
        tried[j] |= 1 << r;
        rule.pattern.lastIndex = start;
        const m = rule.pattern.exec(doc.norm);
        if (m && m[0].length > 0 && keep(doc, rule.kind, start, start + m[0].length)) {
          found.push({ start, end: start + m[0].length, kind: rule.kind });
        }
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(doc.norm.length);
  const kept: FoundSpan[] = [];
  for (const f of found) {
    if (taken.subarray(f.start, f.end).includes(1)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
