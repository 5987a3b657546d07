import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPageDate, isoDay, readJsonLd, urlDay, type MetaDocument } from '../../src/io/find-page-date.js';

const JSONLD = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12T08:15:00+03:00"}</script>';
const META = '<meta property="article:published_time" content="2024-03-14T23:30:00-05:00">';
const TIME = '<article><p>Text</p><time datetime="2024-03-15T10:00:00Z">15 March</time></article>';
const found = (head: string, body: string, url: string | null = null) => {
  const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
  const doc = document as unknown as MetaDocument;
  return findPageDate(doc, readJsonLd(doc), url);
};

describe('findPageDate: the order of trust', () => {
  const rows: [string, string, string, string | null, { date: string; source: string } | null][] = [
    ['JSON-LD datePublished comes first', JSONLD + META, TIME, 'https://x.example/2020/01/01/a', { date: '2024-03-12', source: 'html-jsonld' }],
    ['then article:published_time (the publisher\'s own day, not UTC\'s)', META, TIME, 'https://x.example/2020/01/01/a', { date: '2024-03-14', source: 'html-meta' }],
    ['then a <time datetime> inside the article', '', TIME, 'https://x.example/2020/01/01/a', { date: '2024-03-15', source: 'html-time' }],
    ['then a date in the URL path', '', '<p>Text</p>', 'https://x.example/2020/01/31/a', { date: '2020-01-31', source: 'html-url' }],
    ['JSON-LD inside @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-05-18"}]}</script>', '', null, { date: '2023-05-18', source: 'html-jsonld' }],
    ['other date meta tags count as meta', '<meta name="pubdate" content="2021-07-04">', '', null, { date: '2021-07-04', source: 'html-meta' }],
  ];
  it.each(rows)('%s', (_, head, body, url, expected) => {
    expect(found(head, body, url)).toEqual(expected);
  });
});

describe('findPageDate: what is not a publication date (negative cases)', () => {
  const rows: [string, string, string, string | null][] = [
    ['a <time> outside the article (a sidebar, a footer)', '', '<aside><time datetime="2024-01-01">1 Jan</time></aside><p>Text</p>', null],
    ['JSON-LD that is not JSON', '<script type="application/ld+json">{not json</script>', '', null],
    ['dateModified alone', '<script type="application/ld+json">{"dateModified":"2024-01-01"}</script>', '', null],
    ['an impossible date', '<meta property="article:published_time" content="2024-02-30T10:00:00Z">', '', null],
    ['no date anywhere', '', '<p>Text</p>', 'https://x.example/world/story-123'],
  ];
  it.each(rows)('%s', (_, head, body, url) => {
    expect(found(head, body, url)).toBeNull();
  });
});

describe('isoDay and urlDay', () => {
  it.each([
    ['2024-03-12T08:15:00+03:00', '2024-03-12'],
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19 10:00', '2019-11-19'],
    ['Tue, 19 Nov 2019', null],
    ['2019-13-01', null],
  ])('isoDay(%j) = %j', (value, day) => expect(isoDay(value)).toBe(day));
  it.each([
    ['https://www.nytimes.com/2019/11/19/opinion/x.html', '2019-11-19'],
    ['https://kabarislamia.com/2015/03/30/jangan/', '2015-03-30'],
    ['https://example.com/news/2024-01-30-deal', '2024-01-30'],
    ['https://example.com/20240130/deal', '2024-01-30'],
    ['https://www.linknaija.com/2018/10/nollywood.html', null],
    ['https://example.com/story/1205992/plague', null],
    ['not a url', null],
  ])('urlDay(%j) = %j', (url, day) => expect(urlDay(url)).toBe(day));
});
