// Is a short block of a page furniture by its words alone (a label, a byline, a date line, a caption credit,
// a newsletter invitation)? Each rule matches a whole furniture line, never a sentence that only shares its words.
import {
  CALENDAR_WORDS, DATE_GLUE, FURNITURE_LINES, FURNITURE_MAX_WORDS, FURNITURE_PATTERNS, LINK_LABEL, POSTED_BY, PUBLISHED_LEAD,
} from './page-furniture.js';

/** A line's words and numbers, digits apart from letters ("10pm" is "10", "pm"). */
const DATE_TOKENS = /\p{L}+|\p{N}+/gu;
/** A year or a time of day: a date line has one. */
const YEAR_OR_TIME = /\b(?:19|20)\d\d\b|\d:\d\d/;
/** "2 hours ago", "1 day ago". */
const TIME_AGO = /^\d+ (?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s? ago$/i;

/** A block's text folded for comparing: lower case, letters and digits only, single spaces. */
export const foldForCompare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const countWords = (s: string) => (s ? s.split(' ').length : 0);

/** A line made only of a date, a time and their words ("Updated Nov 19, 6:55 AM", "23 Nov 2017"), nothing else. */
export function isDateLine(text: string): boolean {
  const tokens = text.toLowerCase().match(DATE_TOKENS) ?? [];
  if (!tokens.length || tokens.length > 16 || !YEAR_OR_TIME.test(text)) return false;
  const words = tokens.filter((t) => !/^\p{N}+$/u.test(t));
  // A month or weekday name, or a time: a line of bare numbers is data (a table row, a score).
  if (!/\d:\d\d/.test(text) && !words.some((t) => CALENDAR_WORDS.has(t) || t === 'today' || t === 'yesterday')) return false;
  return words.every((t) => CALENDAR_WORDS.has(t) || DATE_GLUE.has(t));
}

/** "Updated Nov 19, 6:55 AM", "Posted on March 30, 2015 by Admin", "Published 1 day ago": the lead word, then only a date. */
export function isPublishedLine(text: string): boolean {
  if (text.length > 100) return false;
  const lead = PUBLISHED_LEAD.exec(text);
  if (!lead) return false;
  const rest = text.slice(lead[0].length).replace(POSTED_BY, '').replace(/[\s|;,.-]+$/, '');
  return isDateLine(rest) || TIME_AGO.test(rest);
}

/**
 * Is this block furniture by its words? `titles` are the page's headlines, folded; `linkShare` the share of
 * the block's text that sits in links (a "MORE: ..." label counts only on a link).
 */
export function isFurnitureText(text: string, titles: ReadonlySet<string>, linkShare = 0): boolean {
  const folded = foldForCompare(text);
  if (!folded) return !/\S/.test(text) || text.length < 6;
  if (FURNITURE_LINES.has(folded) || titles.has(folded) || isDateLine(text) || isPublishedLine(text)) return true;
  if (countWords(text) > FURNITURE_MAX_WORDS) return false;
  return FURNITURE_PATTERNS.some((re) => re.test(text)) || (linkShare >= 0.5 && LINK_LABEL.test(text));
}
