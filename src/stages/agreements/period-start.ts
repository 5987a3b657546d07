// The first day of a TIMEX value's period, to tell whether an event's date lies after the article's own date.

const DAY = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/;
const MONTH = /^(?<y>\d{4})-(?<m>\d{2})$/;
const WEEK = /^(?<y>\d{4})-W(?<w>\d{2})/;
const QUARTER = /^(?<y>\d{4})-Q(?<q>[1-4])/;
const HALF = /^(?<y>\d{4})-H(?<h>[12])/;
const SEASON = /^(?<y>\d{4})-(?<s>SP|SU|FA|AU|WI)/;
const YEARS = /^(?<y>\d{2,4})$/;
// A season's first month; winter is taken from the start of its year, so a winter date is never thought later than it is.
const SEASON_MONTHS: Record<string, number> = { WI: 1, SP: 3, SU: 6, FA: 9, AU: 9 };

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** The first day (YYYY-MM-DD) of the period a TIMEX value names, or null when it names no fixed period ("XXXX-09-11"). */
export function periodStart(value: string): string | null {
  let g = DAY.exec(value)?.groups;
  if (g) return `${g.y}-${g.m}-${g.d}`;
  if ((g = MONTH.exec(value)?.groups)) return `${g.y}-${g.m}-01`;
  if ((g = WEEK.exec(value)?.groups)) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(+g.y, 0, 4));
    return iso(+g.y, 1, 4 - ((jan4.getUTCDay() + 6) % 7) + (+g.w - 1) * 7);
  }
  if ((g = QUARTER.exec(value)?.groups)) return iso(+g.y, (+g.q - 1) * 3 + 1, 1);
  if ((g = HALF.exec(value)?.groups)) return iso(+g.y, g.h === '1' ? 1 : 7, 1);
  if ((g = SEASON.exec(value)?.groups)) return iso(+g.y, SEASON_MONTHS[g.s], 1);
  if ((g = YEARS.exec(value)?.groups)) return `${g.y.padEnd(4, '0')}-01-01`;
  return null;
}

/** Whether a TIMEX value's period starts after the reference date (YYYY-MM-DD): "next month" in a report of an event. */
export function isAfter(value: string, referenceDate: string | null): boolean {
  const start = referenceDate ? periodStart(value) : null;
  return !!start && start > referenceDate!;
}
