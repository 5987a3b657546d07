// What an expression is resolved against: the reference date, the tense, and the dates mentioned so far.
import type { Day, Point } from './calendar.js';
import { firstDayOf, parsePoint, quarterOf } from './calendar.js';
import type { Tense } from './guess-tense.js';

/** The context a date value is worked out in. */
export interface Anchors {
  /** The article's reference date. */
  ref: Day | null;
  tense: Tense;
  /** The last date mentioned, as a point. */
  last: Point | null;
  /** The last day, month, quarter and year mentioned (each from the last point fine enough for it). */
  lastDay: Day | null;
  lastMonth: [number, number] | null;
  lastQuarter: [number, number] | null;
  lastYear: number | null;
  /** Where the expression being resolved starts, and where the last year was mentioned (text offsets). */
  at: number;
  lastYearAt: number;
  /** The year of the date just before when the expression is joined to it ("that September and October"), else null. */
  joinedYear: number | null;
}

/** How far back (in characters) a year stated in the article still fills a date that names none. */
const NEARBY = 1000;

/** Fresh anchors for an article. */
export function startAnchors(ref: Day | null): Anchors {
  return {
    ref, tense: null, last: null, lastDay: null, lastMonth: null, lastQuarter: null, lastYear: null, at: 0, lastYearAt: 0, joinedYear: null,
  };
}

/** Record a resolved value as the last date mentioned (values that fix no point leave the anchors as they are). */
export function remember(anchors: Anchors, value: string | null): void {
  const p = parsePoint(value);
  if (!p) return;
  anchors.last = p;
  anchors.lastYear = p.y;
  anchors.lastYearAt = anchors.at;
  const day = firstDayOf(p);
  if (p.grain === 'day') anchors.lastDay = day;
  if (p.grain === 'day' || p.grain === 'month') anchors.lastMonth = [p.y, day.m];
  if (p.grain === 'day' || p.grain === 'month' || p.grain === 'quarter') anchors.lastQuarter = [p.y, quarterOf(day.m)];
}

/** The day to count from for anaphoric expressions: the last day mentioned, else the reference date. */
export const anaphorDay = (a: Anchors): Day | null => a.lastDay ?? a.ref;

/** A year stated shortly before the expression being resolved, if any. */
export const nearbyYear = (a: Anchors): number | null => (a.lastYear !== null && a.at - a.lastYearAt <= NEARBY ? a.lastYear : null);
