// Reads the words of a found date span into its calendar parts: what the text itself fixes.
import { MONTHS } from '../../lexicon/months.js';
import {
  DECADE_WORDS, NUMBER_WORDS, ORDINAL_WORDS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS,
} from '../../lexicon/date-words.js';

/** What a date span says, word by word. Absent fields are not in the text. */
export interface Parts {
  words: string[];
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  season?: string;
  /** Part of day code (MO, AF, EV, NI). */
  pod?: string;
  hour?: number;
  minute?: number;
  quarter?: number;
  half?: number;
  /** First three digits of a decade's years ("199" for the 1990s), as a number. */
  decade?: number;
  /** Two leading digits of a century's years (19 for the 20th century). */
  century?: number;
  /** TIMEX3 unit letter (D, W, M, Q, Y, DE, CE, TH, ...). */
  unit?: string;
  /** How many units; NaN when vague ("several"). */
  qty?: number;
  dir?: 'ago' | 'earlier' | 'later' | 'before' | 'after';
  /** The relating word: last, next, this, that, same, following, previous, current, latest, ... */
  rel?: string;
  /** Days from the reference date: yesterday -1, today 0, tomorrow 1. */
  deixis?: number;
  /** "year-ago" / "year-earlier": a year before the point meant. */
  yearAgo?: boolean;
  /** "year-end", "month-end". */
  end?: boolean;
}

const WORD = /\d{1,2}[:.][0-5]\d|'\d0s|'\d\d|\d+(?:st|nd|rd|th|'?s)?|[ap]\.m\.?|[a-z]+(?:'s)?/g;
const REL_WORDS = new Set([
  'last', 'next', 'this', 'that', 'same', 'following', 'previous', 'current', 'latest', 'past', 'coming',
  'prior', 'preceding', 'upcoming', 'recent', 'comparable',
]);
const DIRS: Record<string, Parts['dir']> = {
  ago: 'ago', earlier: 'earlier', later: 'later', before: 'before', after: 'after', hence: 'later',
};
const DEIXIS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };
const SPOKEN_YEAR = /\b(?:(?<century>nineteen|twenty)[ -](?<rest>hundred|[a-z]+(?:[ -][a-z]+)?)|two thousand(?: and)?(?: (?<after>[a-z]+))?)\b/;
const ORDINAL_NUMBER = /^(\d+)(?:st|nd|rd|th)$/;

function ordinalOf(word: string): number | undefined {
  const m = ORDINAL_NUMBER.exec(word);
  return m ? Number(m[1]) : ORDINAL_WORDS[word];
}

/** The calendar parts of a span's text. */
export function readParts(text: string): Parts {
  const lower = text.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const parts: Parts = { words };
  if (/year-(?:ago|earlier)/.test(lower)) parts.yearAgo = true;
  if (/(?:year|month|quarter)(?:-| |'s )end/.test(lower)) parts.end = true;
  const spoken = SPOKEN_YEAR.exec(lower);
  if (spoken) parts.year = spokenYear(spoken);
  let pending: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1] ?? '';
    if (/^\d/.test(w)) {
      const n = parseInt(w, 10);
      const clock = /[:.]/.test(w);
      const podAfter = next === 'in' ? words[i + 3] : undefined;
      const ampm = /^(?:[ap]\.m|[ap]m$)/.test(next);
      if (ampm || clock || next === 'o' || (podAfter !== undefined && podAfter in PARTS_OF_DAY)) {
        const pm = next.startsWith('p') || (n < 12 && (podAfter === 'afternoon' || podAfter === 'evening'));
        parts.hour = ampm ? (n % 12) + (pm ? 12 : 0) : n + (pm ? 12 : 0);
        if (clock) parts.minute = Number(w.slice(-2));
      } else if (/^\d{3}0'?s$/.test(w)) parts.decade = Math.floor(n / 10);
      else if (/^\d{4}$/.test(w)) parts.year = n;
      else if (ordinalOf(w) !== undefined && /^(?:century|quarter|half)/.test(next)) setOrdinal(parts, ordinalOf(w)!, next);
      // "June 6-10": a range of days stands for its first.
      else if (n >= 1 && n <= 31 && parts.unit === undefined && !(next in UNITS) && !(next.replace(/s$/, '') in UNITS)) parts.day ??= n;
      else pending = n;
    } else if (w.startsWith("'")) {
      if (w.endsWith('s')) parts.decade = 190 + Number(w[1]);
      else parts.year = 1900 + Number(w.slice(1, 3));
    } else if (/^[ap]\.m/.test(w)) {
      continue;
    } else if (MONTHS[w] !== undefined && parts.month === undefined) {
      parts.month = MONTHS[w];
    } else if (WEEKDAYS[w.replace(/s$/, '')] !== undefined && w.length > 4) {
      parts.weekday = WEEKDAYS[w.replace(/s$/, '')];
    } else if (SEASONS[w] !== undefined) {
      parts.season = SEASONS[w];
    } else if (DECADE_WORDS[w] !== undefined) {
      parts.decade = DECADE_WORDS[w] / 10;
    } else if (ordinalOf(w) !== undefined && (/^(?:century|quarter|half)/.test(next) || parts.month !== undefined || MONTHS[words[i + 2] ?? ''] !== undefined || MONTHS[next] !== undefined)) {
      const base = words[i - 1] === 'twenty' ? 20 : words[i - 1] === 'thirty' ? 30 : 0;
      if (/^(?:century|quarter|half)/.test(next)) setOrdinal(parts, ordinalOf(w)!, next);
      else parts.day = base + ordinalOf(w)!;
    } else if (w in DEIXIS) {
      parts.deixis = DEIXIS[w];
      if (w === 'tonight') parts.pod = 'NI';
    } else if (PARTS_OF_DAY[w] !== undefined) {
      const code = PARTS_OF_DAY[w];
      if (code.includes(':')) parts.hour ??= Number(code.slice(0, 2));
      else parts.pod = code;
    } else if (UNITS[w.replace(/'?s$/, '')] !== undefined || UNITS[w] !== undefined) {
      if (parts.unit === undefined || parts.unit === 'D' && w.startsWith('night')) {
        parts.unit = UNITS[w] ?? UNITS[w.replace(/'?s$/, '')];
        if (pending !== undefined) parts.qty = pending;
      }
    } else if (NUMBER_WORDS[w] !== undefined) {
      const n = NUMBER_WORDS[w];
      pending = pending !== undefined && pending >= 20 && n < 10 ? pending + n : w === 'half' && pending ? pending + 0.5 : n;
    } else if (DIRS[w] && parts.unit !== undefined) {
      parts.dir = DIRS[w];
    } else if (w === 'now' && words[i - 1] === 'from') {
      parts.dir = 'later';
    } else if (REL_WORDS.has(w) && (parts.rel === undefined || parts.rel === 'this')) {
      parts.rel = parts.rel === 'this' ? (w === 'past' ? 'last' : w === 'coming' ? 'next' : w) : w;
    }
  }
  return parts;
}

function spokenYear(m: RegExpExecArray): number | undefined {
  const g = m.groups!;
  if (!g.century) return 2000 + (g.after ? NUMBER_WORDS[g.after] ?? 0 : 0);
  const rest = g.rest === 'hundred' ? 0 : g.rest.split(/[ -]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? NaN), 0);
  return Number.isNaN(rest) ? undefined : NUMBER_WORDS[g.century] * 100 + rest;
}

function setOrdinal(parts: Parts, n: number, next: string): void {
  if (next.startsWith('century')) parts.century = n - 1;
  else if (next.startsWith('quarter')) parts.quarter = n;
  else parts.half = n;
}
