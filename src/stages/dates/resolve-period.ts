// Values of named periods: quarters, halves and seasons, with the quarter under discussion as their anchor.
import { SEASON_START_MONTH } from '../../lexicon/date-words.js';
import type { Anchors } from './anchors.js';
import { formatQuarter, pad4, quarterOf } from './calendar.js';
import type { Parts } from './read-parts.js';
import type { Resolved } from './resolved.js';
import { date } from './resolved.js';

const BACK = new Set(['last', 'past', 'previous', 'prior', 'preceding']);
const FORWARD = new Set(['next', 'coming', 'following', 'upcoming']);
const YEAR_BEFORE = /\blast year|a year (?:ago|earlier)|previous year|year before/;
const step = (rel: string | undefined): number => (rel && BACK.has(rel) ? -1 : rel && FORWARD.has(rel) ? 1 : 0);

/** The quarter under discussion: the last one mentioned, else the last one finished before the reference date. */
function focusQuarter(a: Anchors): [number, number] | null {
  if (a.lastQuarter) return a.lastQuarter;
  return a.ref ? (quarterOf(a.ref.m) === 1 ? [a.ref.y - 1, 4] : [a.ref.y, quarterOf(a.ref.m) - 1]) : null;
}

/** "year-ago", "year-earlier": the quarter under discussion a year before, else the year before. */
export function yearBefore(a: Anchors): string | null {
  if (a.last?.grain === 'quarter' && a.lastQuarter) return formatQuarter(a.lastQuarter[0], a.lastQuarter[1], -4);
  const y = a.lastYear ?? a.ref?.y;
  return y === undefined ? null : pad4(y - 1);
}

/** "the third quarter", "third-quarter", "the first half of 2024", "the year-ago period", "the latest quarter". */
export function quarterValue(parts: Parts, lower: string, a: Anchors): Resolved {
  const ref = a.ref;
  const shift = /\bnext year's/.test(lower) ? 1 : 0;
  const ago = parts.yearAgo || YEAR_BEFORE.test(lower) ? -4 : 0;
  const n = parts.quarter ?? parts.half;
  if (n !== undefined && n >= 1 && n <= (parts.half !== undefined ? 2 : 4)) {
    let y = parts.year ?? (ref ? ref.y + shift : a.lastYear);
    if (parts.year === undefined && ref && !shift && parts.quarter !== undefined) {
      const current = quarterOf(ref.m);
      if (a.tense === 'past' && parts.quarter > current) y = ref.y - 1;
    }
    if (y === null) return date(parts.half !== undefined ? `XXXX-H${n}` : `XXXX-Q${n}`);
    if (parts.half !== undefined) return date(`${pad4(y + (ago ? -1 : 0))}-H${n}`);
    return date(formatQuarter(y, n, ago));
  }
  const focus = focusQuarter(a);
  if (parts.year !== undefined) {
    const y = parts.year + (ago ? -1 : 0);
    return date(/quarter|period/.test(lower) && focus ? formatQuarter(y, focus[1]) : pad4(y));
  }
  const rel = parts.rel;
  if (rel === 'latest' || rel === 'recent' || rel === 'current' || rel === 'this' || rel === 'next' || !focus) {
    if (!ref) return date(null);
    const shift = rel === 'current' || rel === 'this' ? 0 : rel === 'next' ? 1 : -1;
    return date(formatQuarter(ref.y, quarterOf(ref.m), ago + shift));
  }
  return date(formatQuarter(focus[0], focus[1], ago + step(rel)));
}

/** "this summer", "last fall", "the winter of 1994". */
export function seasonValue(parts: Parts, a: Anchors): Resolved {
  const season = parts.season!;
  if (parts.year !== undefined) return date(`${pad4(parts.year)}-${season}`);
  const ref = a.ref;
  if (!ref) return date(a.lastYear === null ? `XXXX-${season}` : `${pad4(a.lastYear)}-${season}`);
  const start = SEASON_START_MONTH[season];
  const over = start + 2 < ref.m;
  let y = ref.y;
  if (parts.rel === 'last' || parts.rel === 'past' || parts.rel === 'previous') y = over ? ref.y : ref.y - 1;
  else if (parts.rel === 'next' || parts.rel === 'coming') y = start > ref.m ? ref.y : ref.y + 1;
  else if (parts.rel === 'this') y = ref.y;
  else if (a.tense === 'past' && start > ref.m) y = ref.y - 1;
  else if (a.tense === 'future' && over) y = ref.y + 1;
  return date(`${pad4(y)}-${season}`);
}
