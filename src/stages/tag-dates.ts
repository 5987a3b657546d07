import type { Mention, Stage } from '../doc.js';
import { remember, startAnchors } from './dates/anchors.js';
import { parseDay, parsePoint } from './dates/calendar.js';
import { findDateSpans } from './dates/find-date-spans.js';
import { guessTense } from './dates/guess-tense.js';
import type { Parts } from './dates/read-parts.js';
import { readParts } from './dates/read-parts.js';
import { resolveValue } from './dates/resolve-value.js';

const DATE_PRIORITY = 4;
/** What joins two dates into one reference: "September and October", "May to July". */
const JOINER = /^ ?(?:and|or|to|through|until|-) ?$/i;
const JOINED_KINDS = new Set(['month', 'day']);
const NEWLINE = 10;
const QUOTE = 34;

/** "a year earlier", "the year-ago quarter": a point of comparison, not a new topic later anaphora refer to.
 * Dates inside quotations are not anchors either: narration picks up from its own last date. */
function isComparison(kind: string, parts: Parts): boolean {
  return parts.yearAgo === true || (kind === 'ago' && parts.unit === 'Y' && (parts.qty ?? 1) === 1);
}

/** Counts double quotes paragraph by paragraph, moving forward only: is an offset inside a quotation? */
function quoteTracker(norm: string): (at: number) => boolean {
  let pos = 0;
  let quotes = 0;
  return (at) => {
    for (; pos < at; pos++) {
      const c = norm.charCodeAt(pos);
      if (c === NEWLINE) quotes = 0;
      else if (c === QUOTE) quotes++;
    }
    return quotes % 2 === 1;
  };
}

/**
 * Stage: proposes date mentions (TimeML spans) with their TIMEX3 type and value, resolved in text order
 * against the reference date, the tense of their clause and the date last mentioned.
 */
export const tagDates: Stage = (doc) => {
  const anchors = startAnchors(doc.referenceDate ? parseDay(doc.referenceDate) : null);
  const mentions: Mention[] = [];
  const isQuoted = quoteTracker(doc.norm);
  let last: { end: number; value: string | null; kind: string } | null = null;
  for (const span of findDateSpans(doc)) {
    const text = doc.norm.slice(span.start, span.end);
    anchors.tense = guessTense(doc, span.start, span.end);
    anchors.at = span.start;
    // "that September and October", "May 3 and 4": a month or day joined to the month or day just before shares its year.
    const joined = !!last && JOINED_KINDS.has(last.kind) && JOINED_KINDS.has(span.kind) && JOINER.test(doc.norm.slice(last.end, span.start));
    anchors.joinedYear = joined ? parsePoint(last!.value)?.y ?? null : null;
    const parts = readParts(text);
    const resolved = resolveValue(span.kind, parts, text, anchors);
    if (!resolved) continue;
    const anchorable = !isComparison(span.kind, parts) && !isQuoted(span.start);
    if ((resolved.type === 'date' || resolved.type === 'time') && anchorable) remember(anchors, resolved.value);
    last = { end: span.end, value: resolved.value, kind: span.kind };
    mentions.push({
      kind: 'date',
      start: span.start,
      end: span.end,
      entity: `d${span.start}`,
      priority: DATE_PRIORITY,
      type: resolved.type,
      value: resolved.value,
    });
  }
  return { ...doc, mentions: [...doc.mentions, ...mentions] };
};
