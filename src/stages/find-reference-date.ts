import type { Stage } from '../doc.js';
import { MONTHS } from '../lexicon/months.js';

// A full date anywhere in the dateline: "March 4, 2025", "Oct. 18 2024", "18 October 2024", "October 18th, 2024".
const FULL_DATE =
  /(?<![\w.])(?:(?<month>[A-Za-z]{3,9})\.? (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>\d{4})|(?<day2>\d{1,2})(?:st|nd|rd|th)? (?<month2>[A-Za-z]{3,9})\.?,? (?<year2>\d{4}))(?!\d)/g;

/** A dateline's date as YYYY-MM-DD, when it names day, month and year; otherwise null (a date with no year gives none). */
export function parseDatelineDate(text: string): string | null {
  for (const m of text.matchAll(FULL_DATE)) {
    const g = m.groups!;
    const month = MONTHS[(g.month ?? g.month2).toLowerCase()];
    const day = Number(g.day ?? g.day2);
    const year = Number(g.year ?? g.year2);
    if (!month || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/**
 * Stage: the reference date relative dates are resolved against: the caller's (`--date`, a JSONL
 * input's `date`, a page's own), else a full date in the article's dateline, else `ctx.fallbackDate`
 * (a WARC record's crawl date), else none.
 */
export const findReferenceDate: Stage = (doc, ctx) => {
  if (ctx.date) return { ...doc, referenceDate: ctx.date, referenceDateSource: ctx.dateSource ?? 'option' };
  const date = doc.dateline ? parseDatelineDate(doc.norm.slice(doc.dateline.start, doc.dateline.end)) : null;
  if (date) return { ...doc, referenceDate: date, referenceDateSource: 'dateline' };
  return ctx.fallbackDate ? { ...doc, referenceDate: ctx.fallbackDate, referenceDateSource: ctx.fallbackDateSource ?? 'input' } : doc;
};
