import type { Mention } from '../../doc.js';
import {
  BACK_PRONOUNS, CUE_TOPIC_PREPOSITIONS, OTHER_EVENT_WORDS, PERIOD_START_WORDS, RELATIVE_PRONOUNS, REPORTING_WORDS, SAME_DAY,
} from '../../lexicon/agreement-clauses.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import { wordIndexAfter, type SentenceWords, type Word } from './build-words.js';
import type { PhraseFacts } from './describe-agreement.js';
import type { StatusCueAt } from './find-status-cues.js';
import { nearestPhrase, phraseEndingAfter, phraseIndexAt } from './nearest-phrase.js';
import type { Phrase } from './phrase.js';
import { countClauseOpeners } from './opens-clause.js';
import { isAfter } from './period-start.js';
import { findBinding } from './read-binding.js';

// How far a status cue may stand from the phrase it describes, in words; a noun cue ("withdrawal from") only before it.
const CUE_REACH = 16;
const NOMINAL_REACH = 5;
// How far a verb may stand after its subject when only the subject's own words part them ("A treaty between ... that
// feed millions of people along the coast entered into force"), and a noun cue before its topic ("talks in the
// Ethiopian capital on Wednesday on a new truce").
const SUBJECT_REACH = 32;
const TOPIC_REACH = 12;
const VERBAL = new Set(['VERB', 'AUX']);
// A sentence about the agreement just named: "It is not legally binding."
const opensWithPronoun = (s: SentenceWords) => BACK_PRONOUNS.has(s.words[0]?.lower ?? '');

/** Whether readClauseFacts reads a sentence with these phrases: one with a phrase, or one opening with a pronoun for the phrase before. */
export const readsClause = (s: SentenceWords, phrases: Phrase[], previous: Phrase | null): boolean =>
  phrases.length > 0 || (!!previous && opensWithPronoun(s));

/** Whether a date mention has a value to give an agreement (a day, month or year, not a duration). */
export const isDatable = (m: Mention) => m.kind === 'date' && !!m.value && m.type !== 'duration' && m.type !== 'set';

/** Whether one of `list` stands among the `reach` words before word k. */
function justBefore(words: Word[], k: number, reach: number, list: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, k - reach); j < k; j++) if (list.has(words[j].lower)) return true;
  return false;
}

/**
 * The date of the event a cue reports: the nearest date in the cue's clause (no opener of another event's clause
 * between, as `openers` counts them) that is not the date of a report ("said on Tuesday") nor the start of a period
 * ("since the 1990s"); the earlier on a tie. `dates` are in text order.
 */
function eventDate(words: Word[], dates: { at: number; value: string }[], at: number, openers: Int32Array): string | null {
  const usable = (d: { at: number }) => !justBefore(words, d.at, 3, REPORTING_WORDS) && !justBefore(words, d.at, 2, PERIOD_START_WORDS);
  let split = 0;
  while (split < dates.length && dates[split].at <= at) split++;
  let left: { at: number; value: string } | undefined;
  for (let i = split - 1; i >= 0 && !left; i--) {
    if (openers[at] - openers[dates[i].at + 1] > 0) break; // a clause opener between: this date and all before it are another event's
    if (usable(dates[i])) left = dates[i];
  }
  let right: { at: number; value: string } | undefined;
  for (let i = split; i < dates.length && !right; i++) {
    if (openers[dates[i].at] - openers[at + 1] > 0) break;
    if (usable(dates[i])) right = dates[i];
  }
  if (!left || !right) return (left ?? right)?.value ?? null;
  return at - left.at <= right.at - at ? left.value : right.value;
}

/**
 * What one sentence says of its phrases: each status cue goes to the nearest phrase it can speak of, or past a long
 * stretch of one clause to its subject ("A treaty between ... entered into force") or to its topic ("talks in the
 * capital on Wednesday on a new truce"); a phrase takes the furthest status among its cues, with the date of that cue's
 * event ("the same day" takes `lastDate`, the date of the last event before; a date after `referenceDate` is a plan's,
 * no event's). Statements of bindingness go to the subject of their linking verb or the nearest phrase, or in a
 * sentence without one that opens with "It", to `previous`, the last phrase before. Returns the date of an event (not a
 * plan) set here, if any.
 */
export function readClauseFacts(
  s: SentenceWords, norm: string, phrases: Phrase[], cues: StatusCueAt[], lastDate: string | null, facts: Map<Phrase, PhraseFacts>,
  previous: Phrase | null, referenceDate: string | null,
): string | null {
  if (!readsClause(s, phrases, previous)) return null;
  const wordOf = (m: Mention) => wordIndexAfter(s.words, m.start);
  const sameDay = s.mentions.some((m) => m.kind === 'date' && SAME_DAY.test(norm.slice(m.start, m.end)));
  // A date inside a name is no date ("the Good Friday Agreement"); one inside a phrase ("the 2013 Addis Ababa
  // framework, signed by both") serves only when the clause has no other.
  const within = (m: Mention, named: boolean) => {
    const p = phrases[phraseEndingAfter(phrases, m.start)];
    return !!p && p.start < m.end && !!p.named === named;
  };
  const datable = s.mentions.filter((m) => isDatable(m) && !within(m, true) && !SAME_DAY.test(norm.slice(m.start, m.end)));
  const toDate = (m: Mention) => ({ at: wordOf(m), value: m.value! });
  const dates = datable.filter((m) => !within(m, false)).map(toDate);
  const inner = datable.filter((m) => within(m, false)).map(toDate);
  const openers = countClauseOpeners(s.words, OTHER_EVENT_WORDS);
  let dated: string | null = null;
  for (const cue of cues) {
    if (cue.supportOnly) continue;
    const fits = (p: Phrase) => cue.before ? p.last < cue.at : !cue.nominal || cue.at <= p.last;
    const reach = cue.nominal ? NOMINAL_REACH : CUE_REACH;
    const p = (cue.nominal ? null : relativeHost(s.words, phrases, cue.at)) ?? nearestPhrase(phrases, cue.at, fits, reach) ??
      (cue.nominal ? topicOf(s.words, phrases, cue.at) : subjectOf(s.words, phrases, cue.at));
    if (!p) continue;
    const f = facts.get(p) ?? {};
    if (f.status && STATUS_RANK[f.status] >= STATUS_RANK[cue.status]) continue;
    let date = eventDate(s.words, dates, cue.at, openers) ?? (sameDay ? lastDate : eventDate(s.words, inner, cue.at, openers));
    // "valid until the agreement expires in 1989": an ending still to come says the agreement is in force, not ended.
    if (date && cue.status === 'ended' && isAfter(date, referenceDate)) continue;
    // "are due to resume talks the following week": an event that has set a status lies in the past.
    if (date && cue.status !== 'proposed' && isAfter(date, referenceDate)) date = null;
    facts.set(p, { ...f, status: cue.status, date, conditional: cue.conditional });
    if (cue.status !== 'proposed') dated = date ?? dated;
  }
  for (const b of findBinding(s.words)) {
    // "the memorandum was not legally binding and that a power purchase agreement ...": a statement made with a linking
    // verb is about its subject, the phrase before it.
    const back = opensWithPronoun(s) ? previous : null;
    const subject = b.ofSubject ? nearestPhrase(phrases, b.at, (p) => p.last < b.at) ?? back : null;
    const p = subject ?? nearestPhrase(phrases, b.at) ?? back;
    if (p) facts.set(p, { ...facts.get(p), binding: b.binding });
  }
  return dated;
}

/**
 * The subject a verb cue reports on past its long postmodifier: "A treaty between ... along the coast entered into
 * force". It is the phrase before the cue, with no punctuation between.
 */
function subjectOf(words: Word[], phrases: Phrase[], at: number): Phrase | null {
  const p = phrases[phraseIndexAt(phrases, at) - 1];
  if (!p || at - p.last > SUBJECT_REACH || words.slice(p.last + 1, at).some((w) => w.pos === 'PUNCT')) return null;
  return p;
}

/**
 * The topic of a noun cue past adverbials of place and time: "talks in the Ethiopian capital on Wednesday on a new
 * truce". The phrase follows a topic preposition, with no verb or punctuation between.
 */
function topicOf(words: Word[], phrases: Phrase[], at: number): Phrase | null {
  const p = phrases[phraseIndexAt(phrases, at)];
  if (!p || p.first <= at || p.first - at > TOPIC_REACH || !CUE_TOPIC_PREPOSITIONS.has(words[p.first - 1]?.lower ?? '')) return null;
  return words.slice(at + 1, p.first).some((w) => w.pos === 'PUNCT' || VERBAL.has(w.pos)) ? null : p;
}

/** The phrase whose relative clause holds the cue: "the Windsor Framework, which the UK and the EU agreed". */
function relativeHost(words: Word[], phrases: Phrase[], at: number): Phrase | null {
  const next = phraseIndexAt(phrases, at);
  const host = phrases[next - 1];
  if (!host || (phrases[next] && phrases[next].first < at)) return null;
  const opener = words.slice(host.last + 1, host.last + 3).findIndex((w) => RELATIVE_PRONOUNS.has(w.lower));
  return opener >= 0 ? host : null;
}
