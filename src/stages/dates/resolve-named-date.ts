// Values of dates the text names: a day, a month, a holiday, a clock time, with the year worked out when missing.
import { HOLIDAYS } from '../../lexicon/date-words.js';
import type { Anchors } from './anchors.js';
import type { Day } from './calendar.js';
import { addDays, daysInMonth, easterOf, formatDay, pad2, pad4, weekdayOf } from './calendar.js';
import { inferYear, yearFromWords } from './infer-year.js';
import type { Parts } from './read-parts.js';
import { weekdayDay } from './resolve-relative.js';
import type { Resolved } from './resolved.js';
import { date, withPartOfDay } from './resolved.js';

/** "8 p.m. on Sunday", "noon": a clock time on the day named, else the last day mentioned. */
export function timeValue(parts: Parts, a: Anchors): Resolved {
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
  const y = parts.year ?? a.joinedYear ?? dayYearByRel(m, d, parts.rel, a) ?? inferYear(m, d, a);
  return y === null ? null : { y, m, d };
}

function dayYearByRel(m: number, d: number, rel: string | undefined, a: Anchors): number | null {
  if (!a.ref || !rel) return null;
  const after = m > a.ref.m || (m === a.ref.m && d > a.ref.d);
  if (rel === 'last' || rel === 'past') return after ? a.ref.y - 1 : a.ref.y;
  if (rel === 'next' || rel === 'coming') return after ? a.ref.y : a.ref.y + 1;
  return rel === 'this' ? a.ref.y : null;
}

/** "February 22", "Oct. 18, 2024", "last Oct. 23". */
export function dayValue(parts: Parts, a: Anchors): Resolved | null {
  if (parts.month === undefined || parts.day === undefined) return null;
  if (parts.day > daysInMonth(parts.year ?? 2024, parts.month)) return null;
  const day = dayOf(parts, a);
  return withPartOfDay(day, parts, `XXXX-${pad2(parts.month)}-${pad2(parts.day)}`);
}

/** "March", "January 2022", "late last July". */
export function monthValue(parts: Parts, lower: string, a: Anchors): Resolved | null {
  const m = parts.month;
  if (m === undefined) return null;
  const y = parts.year ?? yearFromWords(lower, a) ?? a.joinedYear ?? monthYearByRel(m, parts.rel, a) ?? inferYear(m, undefined, a);
  return date(y === null ? `XXXX-${pad2(m)}` : `${pad4(y)}-${pad2(m)}`);
}

function monthYearByRel(m: number, rel: string | undefined, a: Anchors): number | null {
  if (!a.ref || !rel) return null;
  if (rel === 'last' || rel === 'past' || rel === 'previous') return m < a.ref.m - 1 ? a.ref.y : a.ref.y - 1;
  if (rel === 'next' || rel === 'coming' || rel === 'following') return m > a.ref.m + 1 ? a.ref.y : a.ref.y + 1;
  if (rel === 'that' || rel === 'same') return a.lastYear;
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

/** "Christmas", "Easter Monday", "Labor Day 2024". */
export function holidayValue(lower: string, parts: Parts, a: Anchors): Resolved | null {
  const guess = holidayDay(lower, a.ref?.y ?? 2000);
  if (!guess) return date(null);
  const y = parts.year ?? monthYearByRel(guess.m, parts.rel, a) ?? inferYear(guess.m, guess.d, a);
  const day = y === null ? null : holidayDay(lower, y);
  return date(day ? formatDay(day) : `XXXX-${pad2(guess.m)}-${pad2(guess.d)}`);
}
