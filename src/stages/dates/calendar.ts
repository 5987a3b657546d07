// Calendar arithmetic on plain year/month/day triples (UTC, no clock), and TIMEX3 value formatting.

/** A calendar day. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** A resolved date value taken apart: the finest part it fixes, and that part's fields. */
export interface Point {
  grain: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year';
  y: number;
  /** Month, week, quarter or half number, by grain. */
  n: number;
  d: number;
  season?: string;
}

const MS_PER_DAY = 86_400_000;
const POINT = /^(?<y>\d{4})(?:-(?:(?<m>\d\d)(?:-(?<d>\d\d))?|W(?<w>\d\d)|Q(?<q>\d)|H(?<h>\d)|(?<s>SP|SU|FA|WI)))?/;

/** Two digits, zero-padded. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Four digits, zero-padded. */
export const pad4 = (n: number): string => String(n).padStart(4, '0');

/** "YYYY-MM-DD" of a day. */
export const formatDay = (p: Day): string => `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`;

/** "YYYY-MM" of a month, normalizing a month number outside 1-12. */
export function formatMonth(y: number, m: number): string {
  const [yy, mm] = rollMonth(y, m);
  return `${pad4(yy)}-${pad2(mm)}`;
}

/** A year and a month number that may be outside 1-12, brought back into range. */
export function rollMonth(y: number, m: number): [number, number] {
  const i = y * 12 + (m - 1);
  return [Math.floor(i / 12), (((i % 12) + 12) % 12) + 1];
}

/** A day from "YYYY-MM-DD..." text, or null. */
export function parseDay(text: string): Day | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(text);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** A resolved value taken apart, or null for values that fix no calendar point. */
export function parsePoint(value: string | null): Point | null {
  const g = value ? POINT.exec(value)?.groups : undefined;
  if (!g) return null;
  const y = Number(g.y);
  if (g.d) return { grain: 'day', y, n: Number(g.m), d: Number(g.d) };
  if (g.m) return { grain: 'month', y, n: Number(g.m), d: 1 };
  if (g.w) return { grain: 'week', y, n: Number(g.w), d: 1 };
  if (g.q) return { grain: 'quarter', y, n: Number(g.q), d: 1 };
  if (g.h) return { grain: 'half', y, n: Number(g.h), d: 1 };
  if (g.s) return { grain: 'season', y, n: 0, d: 1, season: g.s };
  return { grain: 'year', y, n: 0, d: 1 };
}

function toTime(p: Day): number {
  return Date.UTC(p.y, p.m - 1, p.d);
}

function fromTime(t: number): Day {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The day `n` days after `p` (before, when negative). */
export const addDays = (p: Day, n: number): Day => fromTime(toTime(p) + n * MS_PER_DAY);

/** The ISO weekday of a day: Monday 1 ... Sunday 7. */
export const weekdayOf = (p: Day): number => ((new Date(toTime(p)).getUTCDay() + 6) % 7) + 1;

/** The number of days in a month. */
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The ISO week holding a day, as "YYYY-Www". */
export function formatWeek(p: Day): string {
  const thursday = addDays(p, 4 - weekdayOf(p));
  const jan1 = toTime({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toTime(thursday) - jan1) / MS_PER_DAY / 7) + 1;
  return `${pad4(thursday.y)}-W${pad2(week)}`;
}

/** The quarter (1-4) of a month. */
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** The quarter `n` quarters after year `y` quarter `q`, as "YYYY-Qn". */
export function formatQuarter(y: number, q: number, n = 0): string {
  const i = y * 4 + (q - 1) + n;
  return `${pad4(Math.floor(i / 4))}-Q${(((i % 4) + 4) % 4) + 1}`;
}

/** The Monday of the ISO week `week` of year `y`. */
export function mondayOfWeek(y: number, week: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekdayOf(jan4) + (week - 1) * 7);
}

/** The day of a point (its first day), when it has one. */
export function firstDayOf(p: Point): Day {
  if (p.grain === 'day') return { y: p.y, m: p.n, d: p.d };
  if (p.grain === 'month') return { y: p.y, m: p.n, d: 1 };
  if (p.grain === 'week') return mondayOfWeek(p.y, p.n);
  if (p.grain === 'quarter') return { y: p.y, m: p.n * 3 - 2, d: 1 };
  if (p.grain === 'half') return { y: p.y, m: p.n * 6 - 5, d: 1 };
  return { y: p.y, m: 1, d: 1 };
}

/** Western Easter Sunday of a year (anonymous Gregorian algorithm). */
export function easterOf(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
