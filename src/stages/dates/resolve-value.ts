// Turns a date span's parts into its TIMEX3 type and value: the dispatch, and the expressions the text fixes.
import type { DateType } from '../../doc.js';
import { FREQUENCY_WORDS, HOLIDAYS } from '../../lexicon/date-words.js';
import type { Anchors } from './anchors.js';
import type { Day } from './calendar.js';
import { addDays, daysInMonth, easterOf, formatDay, pad2, pad4, weekdayOf } from './calendar.js';
import type { RuleKind } from './grammar.js';
import type { Parts } from './read-parts.js';
import { quarterValue, seasonValue } from './resolve-period.js';
import { agoValue, deicticValue, relativeValue, weekdayDay } from './resolve-relative.js';
import { inferYear, yearFromWords } from './infer-year.js';

/** A span's TIMEX3 type and value (null when it cannot be normalized). */
export interface Resolved {
  type: DateType;
  value: string | null;
}

const PLURAL_UNIT = /^(?:seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades|centuries)$/;
const date = (value: string | null): Resolved => ({ type: 'date', value });

/** The type and value of a span found by rule `kind`, or null when it turns out not to be a date. */
export function resolveValue(kind: RuleKind, parts: Parts, text: string, a: Anchors): Resolved | null {
  switch (kind) {
    case 'ref': return date(refValue(text.toLowerCase()));
    case 'set': return { type: 'set', value: setValue(parts, text.toLowerCase()) };
    case 'duration': return { type: 'duration', value: durationValue(parts) };
    case 'ago': return agoValue(parts, text.toLowerCase(), a);
    case 'time': return timeValue(parts, a);
    case 'day': return dayValue(parts, a);
    case 'holiday': return holidayValue(text.toLowerCase(), parts, a);
    case 'month': return monthValue(parts, text.toLowerCase(), a);
    case 'year': return parts.year !== undefined ? date(pad4(parts.year) + halfOf(text.toLowerCase())) : null;
    case 'decade': return parts.decade !== undefined ? date(String(parts.decade).padStart(3, '0')) : null;
    case 'century': return parts.century !== undefined ? date(pad2(parts.century)) : null;
    case 'weekday': return withPartOfDay(weekdayDay(parts, a), parts, `XXXX-WXX-${parts.weekday}`);
    case 'deictic': return deicticValue(parts, text.toLowerCase(), a);
    case 'relative': return relativeValue(parts, text.toLowerCase(), a);
    case 'quarter': return quarterValue(parts, text.toLowerCase(), a);
    case 'season': return seasonValue(parts, a);
  }
}

/** A day as a date, or as a time when the span names a part of the day or an hour. */
export function withPartOfDay(day: Day | null, parts: Parts, unknown: string | null): Resolved {
  const base = day ? formatDay(day) : unknown;
  if (parts.hour !== undefined) return { type: 'time', value: base && `${base}T${pad2(parts.hour)}:${pad2(parts.minute ?? 0)}` };
  if (parts.pod) return { type: 'time', value: base && `${base}T${parts.pod}` };
  return date(base);
}

/** "-H1" / "-H2" for "the first half of 2024", "the second half of ...", else "". */
function halfOf(lower: string): string {
  const m = /\b(first|second|last|latter) half of/.exec(lower);
  return m ? (m[1] === 'first' ? '-H1' : '-H2') : '';
}

function refValue(lower: string): string {
  if (/now|current|present|these days|moment/.test(lower)) return 'PRESENT_REF';
  return /future/.test(lower) ? 'FUTURE_REF' : 'PAST_REF';
}

function setValue(parts: Parts, lower: string): string {
  const word = FREQUENCY_WORDS[lower];
  if (word) return word;
  if (parts.weekday !== undefined) return `XXXX-WXX-${parts.weekday}`;
  if (parts.month !== undefined) return `XXXX-${pad2(parts.month)}`;
  if (parts.season) return `XXXX-${parts.season}`;
  if (parts.pod) return 'P1D';
  return parts.unit ? durationOf(1, parts.unit) : 'P1D';
}

/** A TIMEX3 duration of `n` units ("P5Y", "PT24H", "PXY" when vague). */
export function durationOf(n: number, unit: string): string {
  const count = Number.isNaN(n) ? 'X' : String(n);
  if (unit.startsWith('T')) return `PT${count}${unit.slice(1)}`;
  if (unit === '2W') return `P${Number.isNaN(n) ? 'X' : 2 * n}W`;
  return `P${count}${unit}`;
}

function durationValue(parts: Parts): string | null {
  if (!parts.unit) return null;
  const plural = parts.words.some((w) => PLURAL_UNIT.test(w));
  return durationOf(parts.qty ?? (plural ? NaN : 1), parts.unit);
}

function timeValue(parts: Parts, a: Anchors): Resolved {
  let day: Day | null;
  if (parts.month !== undefined && parts.day !== undefined) day = dayOf(parts, a);
  else if (parts.weekday !== undefined) day = weekdayDay(parts, a);
  else if (parts.deixis !== undefined) day = a.ref && addDays(a.ref, parts.deixis);
  else day = a.lastDay ?? a.ref;
  return withPartOfDay(day, parts, 'XXXX-XX-XX');
}

function dayOf(parts: Parts, a: Anchors): Day | null {
  const m = parts.month!;
  const d = parts.day!;
  const y = parts.year ?? dayYearByRel(m, d, parts.rel, a) ?? inferYear(m, d, a);
  return y === null ? null : { y, m, d };
}

function dayYearByRel(m: number, d: number, rel: string | undefined, a: Anchors): number | null {
  if (!a.ref || !rel) return null;
  const after = m > a.ref.m || (m === a.ref.m && d > a.ref.d);
  if (rel === 'last' || rel === 'past') return after ? a.ref.y - 1 : a.ref.y;
  if (rel === 'next' || rel === 'coming') return after ? a.ref.y : a.ref.y + 1;
  return rel === 'this' ? a.ref.y : null;
}

function dayValue(parts: Parts, a: Anchors): Resolved | null {
  if (parts.month === undefined || parts.day === undefined) return null;
  if (parts.day > daysInMonth(parts.year ?? 2024, parts.month)) return null;
  const day = dayOf(parts, a);
  return withPartOfDay(day, parts, `XXXX-${pad2(parts.month)}-${pad2(parts.day)}`);
}

function monthValue(parts: Parts, lower: string, a: Anchors): Resolved | null {
  const m = parts.month;
  if (m === undefined) return null;
  const y = parts.year ?? yearFromWords(lower, a) ?? monthYearByRel(m, parts.rel, a) ?? inferYear(m, undefined, a);
  return date(y === null ? `XXXX-${pad2(m)}` : `${pad4(y)}-${pad2(m)}`);
}

function monthYearByRel(m: number, rel: string | undefined, a: Anchors): number | null {
  if (!a.ref || !rel) return null;
  if (rel === 'last' || rel === 'past' || rel === 'previous') return m < a.ref.m - 1 ? a.ref.y : a.ref.y - 1;
  if (rel === 'next' || rel === 'coming' || rel === 'following') return m > a.ref.m + 1 ? a.ref.y : a.ref.y + 1;
  return rel === 'this' ? a.ref.y : null;
}

function holidayDay(lower: string, y: number): Day | null {
  const name = lower.replace(/^(?:last|next|this) /, '').replace(/,? \d{4}$/, '');
  const fixed = HOLIDAYS[name];
  if (fixed) return { y, m: fixed[0], d: fixed[1] };
  if (name.startsWith('easter')) return addDays(easterOf(y), name.endsWith('monday') ? 1 : 0);
  if (name === 'good friday') return addDays(easterOf(y), -2);
  if (name.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
  if (name === 'labor day') return nthWeekday(y, 9, 1, 1);
  if (name === 'memorial day') return addDays(nthWeekday(y, 6, 1, 1), -7);
  return null;
}

function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  const first = { y, m, d: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}

function holidayValue(lower: string, parts: Parts, a: Anchors): Resolved | null {
  const guess = holidayDay(lower, a.ref?.y ?? 2000);
  if (!guess) return date(null);
  const y = parts.year ?? monthYearByRel(guess.m, parts.rel, a) ?? inferYear(guess.m, guess.d, a);
  const day = y === null ? null : holidayDay(lower, y);
  return date(day ? formatDay(day) : `XXXX-${pad2(guess.m)}-${pad2(guess.d)}`);
}
