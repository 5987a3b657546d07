// The article's person mentions, indexed once, so a country word can ask in log time whether a longer
// person name covers it ("Chad" in "Chad Hurley").
import { firstNotBefore, type Mention, type Span } from '../../doc.js';

/** Person spans sorted by start, with the furthest end reached by any span up to each one. */
export interface PersonSpans {
  starts: number[];
  /** maxEnds[i]: the largest end among spans 0..i. */
  maxEnds: number[];
}

/** Index the person mentions of an article (one sort per article). */
export function indexPersonSpans(mentions: readonly Mention[]): PersonSpans {
  const people = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let reach = -1;
  for (const p of people) {
    reach = Math.max(reach, p.end);
    starts.push(p.start);
    maxEnds.push(reach);
  }
  return { starts, maxEnds };
}

/** How many spans start before `at` (or at it, when `inclusive`): binary search. */
const countStarting = (starts: number[], at: number, inclusive: boolean): number =>
  firstNotBefore(starts, (s) => s < at || (inclusive && s === at));

/** Does a longer person span contain `span`? (start <= span.start, end >= span.end, not the same span.) */
export function inLongerPerson(index: PersonSpans, span: Span): boolean {
  const before = countStarting(index.starts, span.start, false);
  if (before > 0 && index.maxEnds[before - 1] >= span.end) return true;
  const upTo = countStarting(index.starts, span.start, true);
  return upTo > 0 && index.maxEnds[upTo - 1] > span.end;
}
