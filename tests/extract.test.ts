// extractOne on a page's text: the body has no headline line, and the crawl date ranks below the page's and the dateline's.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../src/extract.js';
import type { ArticleInput } from '../src/input.js';
import type { ArticleRecord } from '../src/record.js';

const BODY = 'Kenyan President William Ruto hosts Tanzanian leader Samia Suluhu Hassan\n\nThe two leaders signed a rail agreement on Tuesday, officials said.';
const SOURCE = { url: null, title: 'Kenya and Tanzania sign rail deal', publisher: null, format: 'html' as const };
const record = (input: ArticleInput, date?: string) => extractOne(input, date) as ArticleRecord;

describe('extractOne: a page', () => {
  it('its first paragraph (short, no full stop) is body text, not a headline: names in it are people', () => {
    const page = record({ id: 'p', text: BODY, date: '2024-03-12', dateSource: 'html-jsonld', source: SOURCE });
    expect(page.title).toBe(SOURCE.title);
    expect(page.people.map((p) => p.name)).toEqual(['William Ruto', 'Samia Suluhu Hassan']);
    expect(page.sentences[0].text).toBe('Kenyan President William Ruto hosts Tanzanian leader Samia Suluhu Hassan');
  });
  it('a page with no headline of its own has no title (the first line is not taken for one)', () => {
    expect(record({ id: 'p', text: BODY, source: { ...SOURCE, title: null } }).title).toBeNull();
  });
  it('a text article keeps its first line as the headline (negative case: unchanged)', () => {
    expect(record({ id: 't', text: BODY }).title).toBe('Kenyan President William Ruto hosts Tanzanian leader Samia Suluhu Hassan');
  });

  const dated = 'BRUSSELS, 18 October 2019 - The talks began on Monday.\n\nBoth sides left.';
  const crawl = { fallbackDate: '2027-06-01', fallbackDateSource: 'warc-date' as const, source: SOURCE };
  const rows: [string, ArticleInput, string | undefined, [string, string]][] = [
    ['--date first', { id: 'a', text: dated, date: '2019-10-20', dateSource: 'html-meta', ...crawl }, '2019-11-01', ['2019-11-01', 'option']],
    ['then the page\'s own date', { id: 'a', text: dated, date: '2019-10-20', dateSource: 'html-meta', ...crawl }, undefined, ['2019-10-20', 'html-meta']],
    ['then a dateline with a full date, above the crawl date', { id: 'a', text: dated, ...crawl }, undefined, ['2019-10-18', 'dateline']],
    ['then the crawl date', { id: 'a', text: 'The talks began on Monday.\n\nBoth sides left.', ...crawl }, undefined, ['2027-06-01', 'warc-date']],
  ];
  it.each(rows)('reference date: %s', (_, input, date, [value, source]) => {
    const r = record(input, date);
    expect([r.date, r.dateSource]).toEqual([value, source]);
  });
});
