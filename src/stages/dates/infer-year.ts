// The year of a date whose text names no year: the reference date's, moved by the verb's tense.
import type { Anchors } from './anchors.js';
import { nearbyYear } from './anchors.js';
import { TOLD_YEAR_OFFSETS } from '../../lexicon/date-grammar-words.js';
import { alternation } from './word-pattern.js';

/** How far past the reference date a past-tense date may fall and still be this year's (in 31-day months). */
const PAST_SLACK = 31;
/** How far ahead of the reference date a date in a clause of unknown tense may fall and be this year's. */
const UNKNOWN_AHEAD = 3 * 31;
/** How far behind the reference date a date in a clause of unknown tense may fall and be this year's. */
const UNKNOWN_BEHIND = 9 * 31;
const FUTURE_SLACK = 31;
const HALF_YEAR = 6 * 31;
/** "of that year", "of the following year" at a span's end: a year named by the one last told. */
const TOLD_YEAR = new RegExp(` of (${alternation(Object.keys(TOLD_YEAR_OFFSETS))}) year$`);

/**
 * The year of month `m` (and day `d`, when given) as the article most likely means it: a past-tense clause
 * points back from the reference date, a future one forward, an unknown one to the nearest such date.
 * With no reference date, a year the article states shortly before, else null.
 */
export function inferYear(m: number, d: number | undefined, a: Anchors): number | null {
  const ref = a.ref;
  if (!ref) return nearbyYear(a);
  const ahead = (m - ref.m) * 31 + (d === undefined ? 0 : d - ref.d);
  if (a.tense === 'past') return ahead > PAST_SLACK ? ref.y - 1 : ref.y;
  if (a.tense === 'future') return ahead < -FUTURE_SLACK ? ref.y + 1 : ref.y;
  // "when the council meets in September": the present of a timetable, the nearest such date either way.
  if (a.tense === 'present') return ahead > HALF_YEAR ? ref.y - 1 : -ahead > HALF_YEAR ? ref.y + 1 : ref.y;
  if (ahead > UNKNOWN_AHEAD) return ref.y - 1;
  if (-ahead > UNKNOWN_BEHIND) return ref.y + 1;
  return ref.y;
}

/**
 * The year fixed by words in the span: "this year", "last year", "next year" from the reference date; "of that year",
 * "of the same year", "of the following year" from the year last told ("In March of that year").
 */
export function yearFromWords(lower: string, a: Anchors): number | null {
  const told = TOLD_YEAR.exec(lower);
  if (told && a.lastYear !== null) return a.lastYear + TOLD_YEAR_OFFSETS[told[1]];
  const base = a.ref?.y ?? a.lastYear;
  if (base === null) return null;
  const m = /\b(this|last|next) year/.exec(lower);
  if (!m) return null;
  return base + (m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0);
}
