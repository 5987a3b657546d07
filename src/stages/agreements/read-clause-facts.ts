import type { Mention } from '../../doc.js';
import {
  BACK_PRONOUNS, OTHER_EVENT_WORDS, PERIOD_START_WORDS, RELATIVE_PRONOUNS, REPORTING_WORDS, SAME_DAY,
} from '../../lexicon/agreement-clauses.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import type { SentenceWords, Word } from './build-words.js';
import type { PhraseFacts } from './describe-agreement.js';
import type { StatusCueAt } from './find-status-cues.js';
import { nearestPhrase, phraseIndexAt } from './nearest-phrase.js';
import type { Phrase } from './phrase.js';
import { opensClause } from './opens-clause.js';
import { isAfter } from './period-start.js';
import { findBinding } from './read-binding.js';

// How far a status cue may stand from the phrase it describes, in words; a noun cue ("withdrawal from") only before it.
const CUE_REACH = 16;
const NOMINAL_REACH = 5;
// A sentence about the agreement just named: "It is not legally binding."
const opensWithPronoun = (s: SentenceWords) => BACK_PRONOUNS.has(s.words[0]?.lower ?? '');

/** Whether a date mention has a value to give an agreement (a day, month or year, not a duration). */
export const isDatable = (m: Mention) => m.kind === 'date' && !!m.value && m.type !== 'duration' && m.type !== 'set';

/**
 * The date of the event a cue reports: the nearest date in the cue's clause that is not the date of a report
 * ("said on Tuesday") nor the start of a period ("since the 1990s").
 */
function eventDate(words: Word[], dates: { at: number; value: string }[], at: number): string | null {
  let best: { at: number; value: string } | null = null;
  for (const d of dates) {
    const [a, b] = d.at < at ? [d.at, at] : [at, d.at];
    if (words.slice(a + 1, b).some((w, n) => OTHER_EVENT_WORDS.has(w.lower) && opensClause(words, a + 1 + n))) continue;
    if (words.slice(Math.max(0, d.at - 3), d.at).some((w) => REPORTING_WORDS.has(w.lower))) continue;
    if (words.slice(Math.max(0, d.at - 2), d.at).some((w) => PERIOD_START_WORDS.has(w.lower))) continue;
    if (!best || Math.abs(d.at - at) < Math.abs(best.at - at)) best = d;
  }
  return best?.value ?? null;
}

/**
 * What one sentence says of its phrases: each status cue goes to the nearest phrase it can speak of; a phrase takes the
 * furthest status among its cues, with the date of that cue's event ("the same day" takes `lastDate`, the date of the
 * last event before; a date after `referenceDate` is a plan's, no event's). Statements of bindingness go to the nearest
 * phrase, or in a sentence without one that opens with "It", to `previous`, the last phrase before. Returns the date of
 * an event (not a plan) set here, if any.
 */
export function readClauseFacts(
  s: SentenceWords, norm: string, phrases: Phrase[], cues: StatusCueAt[], lastDate: string | null, facts: Map<Phrase, PhraseFacts>,
  previous: Phrase | null, referenceDate: string | null,
): string | null {
  if (phrases.length === 0 && !(previous && opensWithPronoun(s))) return null;
  const wordOf = (m: Mention) => s.words.findIndex((w) => w.end > m.start);
  const sameDay = s.mentions.some((m) => m.kind === 'date' && SAME_DAY.test(norm.slice(m.start, m.end)));
  // A date inside a name is no date ("the Good Friday Agreement"); one inside a phrase ("the 2013 Addis Ababa
  // framework, signed by both") serves only when the clause has no other.
  const within = (m: Mention, named: boolean) => phrases.some((p) => !!p.named === named && m.start < p.end && p.start < m.end);
  const datable = s.mentions.filter((m) => isDatable(m) && !within(m, true) && !SAME_DAY.test(norm.slice(m.start, m.end)));
  const toDate = (m: Mention) => ({ at: wordOf(m), value: m.value! });
  const dates = datable.filter((m) => !within(m, false)).map(toDate);
  const inner = datable.filter((m) => within(m, false)).map(toDate);
  let dated: string | null = null;
  for (const cue of cues) {
    if (cue.supportOnly) continue;
    const fits = (p: Phrase) => !cue.nominal || cue.at <= p.last;
    const reach = cue.nominal ? NOMINAL_REACH : CUE_REACH;
    const p = (cue.nominal ? null : relativeHost(s.words, phrases, cue.at)) ?? nearestPhrase(phrases, cue.at, fits, reach);
    if (!p) continue;
    const f = facts.get(p) ?? {};
    if (f.status && STATUS_RANK[f.status] >= STATUS_RANK[cue.status]) continue;
    let date = eventDate(s.words, dates, cue.at) ?? (sameDay ? lastDate : eventDate(s.words, inner, cue.at));
    // "are due to resume talks the following week": an event that has set a status lies in the past.
    if (date && cue.status !== 'proposed' && isAfter(date, referenceDate)) date = null;
    facts.set(p, { ...f, status: cue.status, date });
    if (cue.status !== 'proposed') dated = date ?? dated;
  }
  for (const b of findBinding(s.words)) {
    const p = nearestPhrase(phrases, b.at) ?? (opensWithPronoun(s) ? previous : null);
    if (p) facts.set(p, { ...facts.get(p), binding: b.binding });
  }
  return dated;
}

/** The phrase whose relative clause holds the cue: "the Windsor Framework, which the UK and the EU agreed". */
function relativeHost(words: Word[], phrases: Phrase[], at: number): Phrase | null {
  const next = phraseIndexAt(phrases, at);
  const host = phrases[next - 1];
  if (!host || (phrases[next] && phrases[next].first < at)) return null;
  const opener = words.slice(host.last + 1, host.last + 3).findIndex((w) => RELATIVE_PRONOUNS.has(w.lower));
  return opener >= 0 ? host : null;
}
