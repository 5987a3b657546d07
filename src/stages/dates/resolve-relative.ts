// Values of expressions counted from the reference date or from the date last mentioned.
import type { Anchors } from './anchors.js';
import { anaphorDay } from './anchors.js';
import type { Day } from './calendar.js';
import {
  addDays, formatDay, formatMonth, formatQuarter, formatWeek, pad4, quarterOf, weekdayOf,
} from './calendar.js';
import type { Parts } from './read-parts.js';
import { quarterValue, yearBefore } from './resolve-period.js';
import type { Resolved } from './resolved.js';
import { date, withPartOfDay } from './resolved.js';

const BACK = new Set(['last', 'past', 'previous', 'prior', 'preceding']);
const FORWARD = new Set(['next', 'coming', 'following', 'upcoming']);
/** Relating words that count from the date last mentioned rather than from the reference date. */
const ANAPHORIC = new Set(['following', 'previous', 'prior', 'preceding', 'that', 'same', 'latest', 'comparable']);
const step = (rel: string | undefined): number => (rel && BACK.has(rel) ? -1 : rel && FORWARD.has(rel) ? 1 : 0);

/** The day a weekday name points at: before or after the reference date, by its relating word or the tense. */
export function weekdayDay(parts: Parts, a: Anchors): Day | null {
  const wd = parts.weekday;
  const rel = parts.rel;
  const anchor = rel && ANAPHORIC.has(rel) ? anaphorDay(a) : a.ref;
  if (wd === undefined || !anchor) return null;
  const back = (weekdayOf(anchor) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(anchor) + 7) % 7;
  if (rel && BACK.has(rel)) return addDays(anchor, -(back || 7));
  if (rel && FORWARD.has(rel)) return addDays(anchor, ahead || 7);
  return a.tense === 'future' || a.tense === 'present' ? addDays(anchor, ahead) : addDays(anchor, -back);
}

/** "yesterday", "tonight", "this morning", "the next morning", "late yesterday". */
export function deicticValue(parts: Parts, lower: string, a: Anchors): Resolved {
  let day: Day | null;
  if (parts.deixis !== undefined) {
    const extra = /day before/.test(lower) ? -1 : /day after/.test(lower) ? 1 : 0;
    day = a.ref && addDays(a.ref, parts.deixis + extra);
  } else if (parts.rel === 'this' || parts.rel === undefined) day = a.ref ?? a.lastDay;
  else if (parts.rel === 'last') day = a.ref && addDays(a.ref, -1);
  else {
    const base = anaphorDay(a);
    day = base && addDays(base, step(parts.rel));
  }
  return withPartOfDay(day, parts, null);
}

/** "two years ago", "a year earlier", "three days later". */
export function agoValue(parts: Parts, lower: string, a: Anchors): Resolved {
  const sign = parts.dir === 'ago' || parts.dir === 'earlier' || parts.dir === 'before' ? -1 : 1;
  const n = parts.qty ?? (/s (?:ago|earlier|later|before|after)/.test(lower) ? NaN : 1);
  if (Number.isNaN(n)) {
    if (parts.unit === 'Y' && a.ref && parts.dir === 'ago') return date(`${Math.floor(a.ref.y / 10)}X`);
    return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
  }
  const fromRef = parts.dir === 'ago' || /from now|hence/.test(lower);
  const q = Math.round(n) * sign;
  const ref = a.ref;
  switch (parts.unit) {
    case 'D': {
      const base = fromRef ? ref : anaphorDay(a);
      return date(base && formatDay(addDays(base, q)));
    }
    case 'W': case 'WE': case '2W': {
      const base = fromRef ? ref : anaphorDay(a);
      return date(base && formatWeek(addDays(base, 7 * q * (parts.unit === '2W' ? 2 : 1))));
    }
    case 'M': {
      const base = fromRef || !a.lastMonth ? ref && [ref.y, ref.m] : a.lastMonth;
      return date(base && formatMonth(base[0], base[1] + q));
    }
    case 'Q': {
      const base = fromRef || !a.lastQuarter ? ref && [ref.y, quarterOf(ref.m)] : a.lastQuarter;
      return date(base && formatQuarter(base[0], base[1], q));
    }
    case 'Y': {
      if (Math.abs(q) === 1 && a.last?.grain === 'quarter') return date(formatQuarter(a.last.y, a.last.n, 4 * q));
      const base = fromRef ? ref?.y ?? null : a.lastYear ?? ref?.y ?? null;
      return date(base === null ? null : pad4(base + q));
    }
    case 'DE': return date(ref && pad4(ref.y + 10 * q));
    case 'CE': return date(ref && String(Math.floor((ref.y + 100 * q) / 100)).padStart(2, '0'));
    default: return { type: 'time', value: ref && formatDay(ref) };
  }
}

/** "last week", "this year", "the following month", "the quarter", "the weekend", "year-end". */
export function relativeValue(parts: Parts, lower: string, a: Anchors): Resolved {
  const ref = a.ref;
  const rel = parts.rel;
  const anaphoric = rel === undefined || ANAPHORIC.has(rel) || /\b(?:before|after)$/.test(lower);
  const delta = /before$/.test(lower) ? -1 : /after$/.test(lower) ? 1 : step(rel);
  if (parts.yearAgo) return date(yearBefore(a));
  if (parts.end) {
    if (!ref) return date(null);
    if (parts.unit === 'Y') return date(`${pad4(ref.y - (a.tense === 'past' ? 1 : 0))}-12-31`);
    return date(parts.unit === 'Q' ? formatQuarter(ref.y, quarterOf(ref.m)) : formatMonth(ref.y, ref.m));
  }
  switch (parts.unit) {
    case 'D': {
      const base = anaphoric ? anaphorDay(a) : ref;
      return date(base && formatDay(addDays(base, delta)));
    }
    case 'W': {
      const base = anaphoric ? anaphorDay(a) : ref;
      return date(base && formatWeek(addDays(base, 7 * delta)));
    }
    case 'WE': {
      if (!ref) return date(null);
      // "the weekend", or "this weekend" told in the past early in the week: the one just gone.
      const justGone = a.tense !== 'future' && weekdayOf(ref) < 6 && (rel === undefined || (rel === 'this' && a.tense === 'past' && weekdayOf(ref) < 5));
      const shift = justGone ? -1 : rel === undefined ? 0 : delta;
      return date(`${formatWeek(addDays(ref, 7 * shift))}-WE`);
    }
    case 'M': {
      const base = anaphoric && a.lastMonth ? a.lastMonth : ref && [ref.y, ref.m];
      return date(base && formatMonth(base[0], base[1] + delta));
    }
    case 'Q': return quarterValue(parts, lower, a);
    case 'Y': {
      // "the following year", "that year", and "the next year" (with "the": counted from the year last told) look back.
      const back = rel === 'following' || rel === 'previous' || rel === 'that' || rel === 'same' || /^the next\b/.test(lower);
      const base = back || !ref ? a.lastYear ?? ref?.y : ref.y;
      return date(base === undefined || base === null ? null : pad4(base + delta));
    }
    case 'DE': return date(ref && String(Math.floor(ref.y / 10) + delta).padStart(3, '0'));
    case 'CE': return date(ref && String(Math.floor(ref.y / 100) + delta).padStart(2, '0'));
    default: return date(null);
  }
}
