// Closed word lists the date grammar (src/stages/dates/grammar.ts) builds its expressions from, lower case.

/** Words that soften a count ("about three weeks", "more than a year"). */
export const APPROXIMATORS: readonly string[] = [
  'about', 'nearly', 'almost', 'around', 'approximately', 'roughly', 'some', 'only', 'just', 'more than', 'less than',
  'at least', 'over', 'under', 'up to', 'barely', 'little more than',
];

/** Words that may stand before a clock time ("shortly before 8 p.m."). */
export const TIME_APPROXIMATORS: readonly string[] = [
  'about', 'around', 'approximately', 'shortly before', 'shortly after', 'just before', 'just after',
];

/** Time zones written after a clock time (upper case in text). */
export const TIME_ZONES: readonly string[] = [
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'local time',
];

/** Words that may qualify "quarter", "half" or "period" ("the fiscal third quarter", "the year-ago period"). */
export const QUARTER_QUALIFIERS: readonly string[] = [
  'latest', 'current', 'fiscal', 'year-ago', 'year-earlier', 'comparable', 'same', 'previous', 'preceding', 'prior',
  'first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'final', 'last', 'next', 'recent', 'just-ended',
  'just-completed', 'fiscal-first', 'fiscal-second', 'fiscal-third', 'fiscal-fourth',
];

/** Holiday names the grammar finds (their dates are in HOLIDAYS or worked out in resolve-named-date.ts). */
export const HOLIDAY_NAMES: readonly string[] = [
  'christmas', 'christmas day', 'christmas eve', "new year's day", "new year's eve", 'thanksgiving', 'thanksgiving day',
  'easter', 'easter sunday', 'easter monday', 'good friday', 'halloween', "valentine's day", 'boxing day',
  'election day', 'independence day', 'labor day', 'memorial day',
];

/** The words of "of ___ year" that name a year by the one last told ("in March of that year"), and how far they move it. */
export const TOLD_YEAR_OFFSETS: Readonly<Record<string, number>> = {
  that: 0, 'the same': 0, 'the following': 1, 'the next': 1, 'the previous': -1,
};
