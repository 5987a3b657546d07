// Turns a date span's parts into its TIMEX3 type and value: the dispatch, and the values that need no calendar.
import { FREQUENCY_WORDS, UNITS } from '../../lexicon/date-words.js';
import type { Anchors } from './anchors.js';
import { pad2, pad4 } from './calendar.js';
import type { RuleKind } from './grammar.js';
import type { Parts } from './read-parts.js';
import { dayValue, holidayValue, monthValue, timeValue } from './resolve-named-date.js';
import { quarterValue, seasonValue } from './resolve-period.js';
import { agoValue, deicticValue, relativeValue, weekdayDay } from './resolve-relative.js';
import type { Resolved } from './resolved.js';
import { date, withPartOfDay } from './resolved.js';

const PLURAL_UNITS = new Set(Object.keys(UNITS).map((unit) => `${unit}s`));

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
  const plural = parts.words.some((w) => PLURAL_UNITS.has(w));
  return durationOf(parts.qty ?? (plural ? NaN : 1), parts.unit);
}
