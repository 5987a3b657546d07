import type { Span, Stage, Token } from '../doc.js';
import type { ItemSentence } from 'wink-nlp';
import { its, readDoc, type WinkDoc } from '../wink.js';

// A dateline opens a paragraph: "DOHA, March 4 (Wirescan) - ", "Brussels, 18 October 2024 - ", "TOKYO - ".
// Matched against the folded text, where every dash is "-". A title-case place needs a date to count.
const DATELINE =
  /^(?<place>[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3})(?:, (?<region>[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?))??(?:,? (?<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)))?(?: \([^)\n]{1,40}\))? ?--? /u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
// A headline: one line, not ended like a sentence (closing quotes and brackets looked through), followed by more text.
const MAX_TITLE_CHARS = 200;
const SENTENCE_END = /[.!?:;,]["')\]]*$/;

// wink-nlp's tokenizer slows down more than linearly on very long runs without white space (100 KB of
// "Al-Al-..." takes minutes), so runs longer than any word are cut, for wink only, by a space every
// MAX_RUN characters. Same length, same offsets; only pathological inputs are touched.
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/** Is there a run of more than MAX_RUN characters without a space or line break? (A cheap first look.) */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** `text` with a space in place of every (MAX_RUN + 1)-th character of any longer run of non-space. */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN + 1) out += run.slice(i, i + MAX_RUN) + (i + MAX_RUN < run.length ? ' ' : '');
    return out;
  });
}

const SPACE = 32;

/**
 * Where each of wink's tokens starts in the text it read. wink splits that text at runs of spaces (the folded text has
 * no other space but line breaks, which are tokens) and cuts the pieces into tokens that follow one another: so token i
 * starts at the first character after token i - 1 that is not a space, and its characters are the token's. Should a
 * token not stand there, null: the starts are then counted as wink records them (countedStarts).
 */
function tokenStarts(text: string, values: string[]): number[] | null {
  const starts = new Array<number>(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    while (text.charCodeAt(at) === SPACE) at++;
    if (!text.startsWith(values[i], at)) return null;
    starts[i] = at;
    at += values[i].length;
  }
  return starts;
}

/** Each token's start, from the spaces wink records before it. */
function countedStarts(values: string[], wink: WinkDoc): number[] {
  const spaces = wink.tokens().out(its.precedingSpaces) as string[];
  const starts = new Array<number>(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    starts[i] = at;
    at += values[i].length;
  }
  return starts;
}

/** The dateline at the start of a paragraph, if any: its span, and the span of its date part. */
export function findDateline(norm: string, at: number): { span: Span; date: Span | null } | null {
  const head = norm.slice(at, at + 160);
  // The pattern opens with a capital and holds a dash before a space: most lines have neither, and are not tried.
  const c = head.charCodeAt(0);
  if (c < 65 || c > 90 || !head.includes('- ')) return null;
  const m = DATELINE.exec(head);
  if (!m || !m.groups) return null;
  const { place, date } = m.groups;
  if (!ALL_CAPS.test(place) && !date) return null;
  const end = at + m[0].trimEnd().length;
  const dateStart = date ? at + m[0].indexOf(date, place.length) : -1;
  return { span: { start: at, end }, date: date ? { start: dateStart, end: dateStart + date.length } : null };
}

/** The headline: the first line when it is short, unpunctuated at its end, and more text follows. */
export function findTitle(norm: string): Span | null {
  const start = norm.search(/\S/);
  if (start < 0) return null;
  const nl = norm.indexOf('\n', start);
  if (nl < 0 || nl - start > MAX_TITLE_CHARS || !/\S/.test(norm.slice(nl))) return null;
  const line = norm.slice(start, nl).trimEnd();
  if (SENTENCE_END.test(line) || findDateline(norm, start)) return null;
  return { start, end: start + line.length };
}

/** Cut `span` at every line break inside it, dropping blank pieces. */
function cutAtLineBreaks(norm: string, span: Span, out: Span[]): void {
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || norm[i] === '\n') {
      const piece = trimSpan(norm, { start, end: i });
      if (piece) out.push(piece);
      start = i + 1;
    }
  }
}

function trimSpan(norm: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(norm[start])) start++;
  while (end > start && /\s/.test(norm[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/**
 * Stage: tokens with POS from wink-nlp, then sentences: wink's sentences, cut at line breaks
 * (a headline line stands alone), with a paragraph's dateline split off as its own sentence. The first line
 * is the headline when it reads like one, unless `ctx.bodyOnly` says the text has none.
 */
export const splitSentences: Stage = (doc, ctx) => {
  const read = breakLongRuns(doc.norm);
  const wink = readDoc(read);
  // Each token's text as wink's lexicon holds it: one string for every occurrence of a word, already hashed by the time
  // a tagger looks it up in a table, where a slice of the text would be a new string each time.
  const values = wink.tokens().out(its.value) as string[];
  const pos = wink.tokens().out(its.pos) as string[];
  const found = tokenStarts(read, values);
  const starts = found ?? countedStarts(values, wink);
  // A token's text is wink's string (the same characters: the starts were found by them) unless the starts had to be
  // counted, or wink read another text (long runs broken), when it is sliced from the text.
  const same = found !== null && read === doc.norm;
  const tokens: Token[] = [];
  for (let i = 0; i < values.length; i++) {
    // Line-break tokens (POS SPACE) are not kept.
    if (pos[i] === 'SPACE') continue;
    const at = starts[i];
    const end = at + values[i].length;
    const text = same ? values[i] : doc.norm.slice(at, end);
    tokens.push({ start: at, end, text, lower: text.toLowerCase(), pos: pos[i], sentence: -1 });
  }

  // wink's sentences; one that starts right where the last ended, with no space between, goes on with it: a full stop
  // inside a word is no sentence end ("the Canadian-U.S. pact", which wink cuts after "U.").
  const spans: Span[] = [];
  wink.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as number[];
    if (first > last || last >= values.length) return;
    const span = { start: starts[first], end: starts[last] + values[last].length };
    const previous = spans[spans.length - 1];
    if (previous && previous.end === span.start) previous.end = span.end;
    else spans.push(span);
  });
  const lines: Span[] = [];
  for (const span of spans) cutAtLineBreaks(doc.norm, span, lines);

  let dateline: Span | null = null;
  const sentences: Span[] = [];
  for (const line of lines) {
    const paragraphStart = line.start === 0 || doc.norm[line.start - 1] === '\n' || /\n\s*$/.test(doc.norm.slice(Math.max(0, line.start - 4), line.start));
    const found = paragraphStart ? findDateline(doc.norm, line.start) : null;
    if (found && found.span.end < line.end) {
      dateline ??= found.span;
      sentences.push(found.span);
      const rest = trimSpan(doc.norm, { start: found.span.end, end: line.end });
      if (rest) sentences.push(rest);
    } else {
      sentences.push(line);
    }
  }

  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length - 1 && token.start >= sentences[s].end) s++;
    token.sentence = s;
  }
  return { ...doc, tokens, sentences, title: ctx.bodyOnly ? null : findTitle(doc.norm), dateline };
};
