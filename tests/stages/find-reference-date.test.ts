import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/doc.js';
import { createDoc } from '../../src/doc.js';
import { findReferenceDate, parseDatelineDate } from '../../src/stages/find-reference-date.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { splitSentences } from '../../src/stages/split-sentences.js';

const referenceOf = (text: string, ctx: Ctx = {}) => {
  const doc = findReferenceDate(splitSentences(normalizeText(createDoc('t', text), ctx), ctx), ctx);
  return [doc.referenceDate, doc.referenceDateSource];
};

describe('parseDatelineDate', () => {
  const rows: [string, string | null, string][] = [
    ['March 4, 2025', '2025-03-04', 'month day, year'],
    ['Oct. 18, 2024', '2024-10-18', 'abbreviated month'],
    ['18 October 2024', '2024-10-18', 'day month year'],
    ['October 18th, 2024', '2024-10-18', 'ordinal day'],
    ['Sept. 9, 2024', '2024-09-09', 'four-letter abbreviation'],
    ['May 5, 2024', '2024-05-05', 'a month with no abbreviation'],
    ['BRUSSELS, Feb. 13, 2024 -', '2024-02-13', 'the date found inside a whole dateline'],
    ['WASHINGTON, D.C., Feb. 13, 2024 -', '2024-02-13', 'a place with its own commas'],
  ];
  const negative: [string, null, string][] = [
    ['Feb. 13', null, 'no year: no reference date'],
    ['MOSCOW, Feb. 13 -', null, 'a dateline with no year'],
    ['Feb. 30, 2024', null, 'no such day'],
    ['Smarch 3, 2024', null, 'not a month'],
    ['TOKYO -', null, 'no date at all'],
  ];
  it.each([...rows, ...negative])('%j -> %j (%s)', (text, expected) => {
    expect(parseDatelineDate(text)).toBe(expected);
  });
});

describe('findReferenceDate', () => {
  it('takes the caller date first', () => {
    expect(referenceOf('BRUSSELS, Feb. 13, 2024 - Talks began.', { date: '2025-01-01', dateSource: 'input' })).toEqual(['2025-01-01', 'input']);
  });
  it('falls back to a full dateline date', () => {
    expect(referenceOf('BRUSSELS, Feb. 13, 2024 - Talks began.')).toEqual(['2024-02-13', 'dateline']);
  });
  it('leaves the date null when the dateline has no year', () => {
    expect(referenceOf('MOSCOW, Feb. 13 - Talks began.')).toEqual([null, null]);
  });
  it('a fallback date (a WARC record\'s crawl date) ranks below a full dateline date', () => {
    const crawl: Ctx = { fallbackDate: '2027-06-01', fallbackDateSource: 'warc-date' };
    expect(referenceOf('BRUSSELS, 18 October 2019 - Talks began on Monday.', crawl)).toEqual(['2019-10-18', 'dateline']);
  });
  it('a fallback date is taken when there is no dateline, or one with no year', () => {
    const crawl: Ctx = { fallbackDate: '2027-06-01', fallbackDateSource: 'warc-date' };
    expect(referenceOf('Talks began on Monday.', crawl)).toEqual(['2027-06-01', 'warc-date']);
    expect(referenceOf('MOSCOW, Feb. 13 - Talks began.', crawl)).toEqual(['2027-06-01', 'warc-date']);
  });
  it('the caller\'s date (a page\'s own, --date) ranks above both', () => {
    const ctx: Ctx = { date: '2019-10-20', dateSource: 'html-jsonld', fallbackDate: '2027-06-01', fallbackDateSource: 'warc-date' };
    expect(referenceOf('BRUSSELS, 18 October 2019 - Talks began.', ctx)).toEqual(['2019-10-20', 'html-jsonld']);
  });
});
