// A resolved date expression: its TIMEX3 type and value, shared by the resolve-* steps.
import type { DateType } from '../../doc.js';
import type { Day } from './calendar.js';
import { formatDay, pad2 } from './calendar.js';
import type { Parts } from './read-parts.js';

/** A span's TIMEX3 type and value (null when it cannot be normalized). */
export interface Resolved {
  type: DateType;
  value: string | null;
}

/** A value of type date. */
export const date = (value: string | null): Resolved => ({ type: 'date', value });

/** A day as a date, or as a time when the span names a part of the day or an hour. */
export function withPartOfDay(day: Day | null, parts: Parts, unknown: string | null): Resolved {
  const base = day ? formatDay(day) : unknown;
  if (parts.hour !== undefined) return { type: 'time', value: base && `${base}T${pad2(parts.hour)}:${pad2(parts.minute ?? 0)}` };
  if (parts.pod) return { type: 'time', value: base && `${base}T${parts.pod}` };
  return date(base);
}
