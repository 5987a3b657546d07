import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/doc.js';
import { createDoc } from '../../src/doc.js';
import { findReferenceDate } from '../../src/stages/find-reference-date.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { resolveOverlaps } from '../../src/stages/resolve-overlaps.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { tagDates } from '../../src/stages/tag-dates.js';

// Wednesday 16 October 2024, ISO week 42.
const REF = '2024-10-16';

/** Every date mention as "span|type|value". */
const datesOf = (text: string, date: string | null = REF): string[] => {
  const ctx: Ctx = date ? { date, dateSource: 'option' } : {};
  const stages = [normalizeText, splitSentences, findReferenceDate, tagDates, resolveOverlaps];
  const doc = stages.reduce((d, stage) => stage(d, ctx), createDoc('t', text));
  return doc.mentions.filter((m) => m.kind === 'date').map((m) => `${text.slice(m.start, m.end)}|${m.type}|${m.value}`);
};

describe('tagDates', () => {
  const rows: [string, string[], string][] = [
    // absolute and partial
    ['The deal was signed on February 22.', ['February 22|date|2024-02-22'], 'year from the reference date; "on" outside'],
    ['Sales fell in January 2022.', ['January 2022|date|2022-01'], 'month and year'],
    ['It revived a 2013 pact.', ['2013|date|2013'], 'a year as a modifier'],
    ['Elections are due in 2025.', ['2025|date|2025'], 'a year after "in"'],
    ['They met on 18 October 2024 in Rome.', ['18 October 2024|date|2024-10-18'], 'day month year'],
    ['They met on Oct. 18, 2024 in Rome.', ['Oct. 18, 2024|date|2024-10-18'], 'abbreviated month'],
    ['The payment is due Jan. 2.', ['Jan. 2|date|2025-01-02'], 'no tense: the nearest January 2'],
    // relative to the reference date, by tense
    ['The pact was signed on Monday.', ['Monday|date|2024-10-14'], 'past tense: the Monday before'],
    ['The ministers will meet on Monday.', ['Monday|date|2024-10-21'], 'future tense: the Monday after'],
    ['Prices will rise next month.', ['next month|date|2024-11'], 'next month'],
    ['Talks stalled last week.', ['last week|date|2024-W41'], 'last week as an ISO week'],
    ['Growth slowed this year.', ['this year|date|2024'], 'this year'],
    ['They will vote later this month.', ['later this month|date|2024-10'], 'later this month'],
    ['He arrived yesterday and leaves today.', ['yesterday|date|2024-10-15', 'today|date|2024-10-16'], 'yesterday, today'],
    ['The war began two years ago.', ['two years ago|date|2022'], 'N years ago'],
    ['Exports fell last year.', ['last year|date|2023'], 'last year'],
    // anaphoric
    [
      'Talks began on March 3, 2023. The same day, troops withdrew. The following week, talks resumed.',
      ['March 3, 2023|date|2023-03-03', 'The same day|date|2023-03-03', 'The following week|date|2023-W10'],
      'the same day, the following week: from the date last mentioned',
    ],
    [
      'Talks ended on Monday. "The truce begins at 8 p.m. on Sunday," he said. On the same day, ministers met.',
      ['Monday|date|2024-10-14', '8 p.m. on Sunday|time|2024-10-20T20:00', 'the same day|date|2024-10-14'],
      'a date inside a quotation is not what narration refers back to',
    ],
    ['The summit opened on March 3, 2023. Leaders signed that day.', ['March 3, 2023|date|2023-03-03', 'that day|date|2023-03-03'], 'that day'],
    // parts and edges
    ['The aid runs until the end of 2024.', ['the end of 2024|date|2024'], '"the end of" inside the span'],
    ['A vote is expected in early December.', ['early December|date|2024-12'], 'early December'],
    ['Fighting flared late last July.', ['late last July|date|2024-07'], 'late last July'],
    ['Output grew in the first quarter.', ['the first quarter|date|2024-Q1'], 'quarter'],
    ['Tourists will return this summer.', ['this summer|date|2024-SU'], 'season'],
    ['Growth was fast in the 1990s.', ['the 1990s|date|199'], 'decade'],
    ['Profit rose in the third quarter, up from a year earlier.', ['the third quarter|date|2024-Q3', 'a year earlier|date|2023-Q3'], 'a year earlier keeps the quarter under discussion'],
    ['Sales in the year-ago quarter were flat.', ['the year-ago quarter|date|2023-Q3'], 'year-ago: the last finished quarter, a year before'],
    ['The attack came last Oct. 23 at night.', ['last Oct. 23|date|2023-10-23'], 'last + a day still to come this year: last year'],
    ['Lawyers attacked Monday\'s ruling, which they will appeal.', ['Monday|date|2024-10-14'], 'a possessive date already happened'],
    ['Talks could resume as early as Friday.', ['Friday|date|2024-10-18'], 'as early as: forward'],
    ['The offer runs until Friday.', ['Friday|date|2024-10-18'], 'until: forward'],
    ['Only two members had filed reports by Tuesday.', ['Tuesday|date|2024-10-15'], 'by, in a past clause: back'],
    ['Officials postponed the vote until Friday.', ['Friday|date|2024-10-18'], 'until after a deferring verb: forward'],
    ['Ministers agreed to extend the curbs until the end of March.', ['the end of March|date|2025-03'], 'until after an infinitive: forward'],
    ['A bomb exploded next to the embassy on Friday.', ['Friday|date|2024-10-11'], '"next to" is no future'],
    ['The company announced the plan on Friday.', ['Friday|date|2024-10-11'], '"the plan" the noun is no future'],
    ['She will be named envoy for a mission to Asia in December.', ['December|date|2024-12'], 'a future passive'],
    ['The dividend is payable Dec. 15.', ['Dec. 15|date|2024-12-15'], 'payable: forward'],
    ['The first half of 2023 was weak.', ['The first half of 2023|date|2023-H1'], 'half year'],
    ['Prices peaked in the late 1970s.', ['the late 1970s|date|197'], 'decade with a modifier'],
    ['Shares rose in mid-afternoon yesterday.', ['mid-afternoon yesterday|time|2024-10-15TAF'], 'part of a day'],
    ['It was built in the 11th century.', ['the 11th century|date|10'], 'century'],
    // types
    ['He will speak at 8 p.m. on Sunday.', ['8 p.m. on Sunday|time|2024-10-20T20:00'], 'a time'],
    ['The deal will last for five years.', ['five years|duration|P5Y'], 'a duration, "for" outside'],
    ['It took three months.', ['three months|duration|P3M'], 'a duration'],
    ['The talks will last three years.', ['three years|duration|P3Y'], '"last" the verb after a modal stays outside'],
    ['He wants the truce to last two weeks.', ['two weeks|duration|P2W'], '"last" the verb after "to"'],
    ['The talks last three years.', ['three years|duration|P3Y'], '"last" the verb between a subject and a count'],
    ['Prices rose over the last three years.', ['the last three years|duration|P3Y'], '"the last" the adjective stays inside'],
    ['In the last three years, prices rose.', ['the last three years|duration|P3Y'], '"the last" the adjective, sentence-initial'],
    ['Sales last year rose.', ['last year|date|2023'], '"last" before a unit, not a count: the adjective'],
    ['They meet every year.', ['every year|set|P1Y'], 'a set'],
    ['It is now clear.', ['now|date|PRESENT_REF'], 'now'],
    ['He currently leads.', ['currently|date|PRESENT_REF'], 'currently'],
    ['In the past it failed.', ['the past|date|PAST_REF'], 'the past'],
    ['In the future it may work.', ['the future|date|FUTURE_REF'], 'the future'],
  ];
  it.each(rows)('%j (%s)', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  // Reference date Wednesday 16 October 2024.
  const anchored: [string, string[], string][] = [
    ['Troops left in 2016. The next year, talks began.', ['2016|date|2016', 'The next year|date|2017'], '"the next year" counts from the year last told'],
    ['Talks began next year.', ['next year|date|2025'], '"next year" without "the" counts from the reference date (negative)'],
    ['It was set up in 1985. In March of that year, banks agreed.', ['1985|date|1985', 'March of that year|date|1985-03'], '"of that year"'],
    ['Chile led the council in 2003, in that September.', ['2003|date|2003', 'that September|date|2003-09'], '"that" month: the year last told'],
    ['The summit runs December 6-10.', ['December 6-10|date|2024-12-06'], 'a range of days stands for its first'],
    ['The council meets in January.', ['January|date|2025-01'], 'the present of a timetable: the nearest January'],
    ['Russia plans to hold a meeting on Friday.', ['Friday|date|2024-10-18'], '"plans to": ahead, whatever the tagger calls "plans"'],
    ['Talks aimed at a deal before December stalled.', ['December|date|2024-12'], 'an aim looks ahead'],
    ['It held the chair in 2003, that September and October.', ['2003|date|2003', 'that September|date|2003-09', 'October|date|2003-10'],
      'a month joined to the month before shares its year'],
    ['A revision Friday to December figures came.', ['Friday|date|2024-10-11', 'December|date|2023-12'], 'a weekday joined by "to" lends no year (negative)'],
    ['Leaders met this weekend.', ['this weekend|date|2024-W41-WE'], '"this weekend" told in the past midweek: the one just gone'],
    ['Leaders will meet this weekend.', ['this weekend|date|2024-W42-WE'], 'told in the future: the coming one (negative)'],
  ];
  it.each(anchored)('%j (%s)', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  const noReference: [string, string[], string][] = [
    ['The deal was signed on February 22.', ['February 22|date|XXXX-02-22'], 'unknown year'],
    ['The pact was signed on Monday.', ['Monday|date|XXXX-WXX-1'], 'unknown week'],
    ['Exports fell last year.', ['last year|date|null'], 'nothing to count from'],
    [
      'The aid runs through the end of 2024. It was agreed on February 22.',
      ['the end of 2024|date|2024', 'February 22|date|2024-02-22'],
      'a year stated nearby fills it',
    ],
    ['BRUSSELS, Feb. 13, 2024 - Talks resumed on Monday.', ['Feb. 13, 2024|date|2024-02-13', 'Monday|date|2024-02-12'], 'the dateline date is the reference'],
  ];
  it.each(noReference)('no reference date: %j (%s)', (text, expected) => {
    expect(datesOf(text, null)).toEqual(expected);
  });

  const negative: [string, string][] = [
    ['Officials may sign the deal.', '"may" the modal'],
    ['May I ask a question?', '"May" the modal, capitalized'],
    ['Thousands joined a protest march in the capital.', '"march" the noun'],
    ['They march to the square.', '"march" the verb'],
    ['Theresa May said the plan would work.', '"May" the name'],
    ['The court ruled in a 5-4 vote.', 'a vote tally'],
    ['Call 555-1234 or +1 202 555 0147 for details.', 'phone numbers'],
    ['He lives at No. 10 Downing Street.', 'No. 10'],
    ['Call the help desk at +91 11 2306 2025.', 'a year-like group in a phone number'],
    ['The army sent 2000 troops and 1500 tanks.', 'plain numbers'],
    ['Leaders of the Group of Seven met.', '"Seven" in Group of Seven'],
    ['Resolution 1441 was adopted.', 'a numbered resolution'],
    ['The rate rose 3.5 percent.', 'a percentage'],
    ['Prices fall in spring.', '"fall" the verb, bare season'],
    ['The fall of the empire came fast.', '"the fall of" a thing'],
    ['He watched "This Week" on television.', 'a programme title'],
    ['Past presidents and future leaders met.', '"past" and "future" as adjectives'],
    ['The truce will last.', '"last" the verb with no count'],
    ['It was the last straw.', '"last" the adjective with no unit'],
  ];
  it.each(negative)('no date in %j (%s)', (text) => {
    expect(datesOf(text)).toEqual([]);
  });

  it('gives each mention its own entity id and priority 4', () => {
    const ctx: Ctx = { date: REF };
    const doc = [normalizeText, splitSentences, findReferenceDate, tagDates].reduce((d, s) => s(d, ctx), createDoc('t', 'Talks on Monday and Tuesday.'));
    const dates = doc.mentions.filter((m) => m.kind === 'date');
    expect(new Set(dates.map((m) => m.entity)).size).toBe(2);
    expect(dates.every((m) => m.priority === 4 && m.entity === `d${m.start}`)).toBe(true);
  });

  it('stays linear on long repetitive input', () => {
    const text = 'the end of the first half of the last week of '.repeat(1000) + 'May 5, 2024 0 0 0 0 '.repeat(1000);
    const started = performance.now();
    datesOf(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
