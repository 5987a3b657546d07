import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPageDate, isoDay, readJsonLd, urlDay, type MetaDocument } from '../../src/io/find-page-date.js';

const JSONLD = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12T08:15:00+03:00"}</script>';
const META = '<meta property="article:published_time" content="2024-03-14T23:30:00-05:00">';
const TIME = '<article><p>Text</p><time datetime="2024-03-15T10:00:00Z">15 March</time></article>';
const found = (head: string, body: string, url: string | null = null, fetchedFrom: string | null = null) => {
  const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
  const doc = document as unknown as MetaDocument;
  return findPageDate(doc, readJsonLd(doc), url, fetchedFrom);
};
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('findPageDate: the order of trust', () => {
  const rows: [string, string, string, string | null, { date: string; source: string } | null][] = [
    ['JSON-LD datePublished comes first', JSONLD + META, TIME, 'https://x.example/2020/01/01/a', { date: '2024-03-12', source: 'html-jsonld' }],
    ['then article:published_time (the publisher\'s own day, not UTC\'s)', META, TIME, 'https://x.example/2020/01/01/a', { date: '2024-03-14', source: 'html-meta' }],
    ['then a <time datetime> inside the article', '', TIME, 'https://x.example/2020/01/01/a', { date: '2024-03-15', source: 'html-time' }],
    ['then a date in the URL path', '', '<p>Text</p>', 'https://x.example/2020/01/31/a', { date: '2020-01-31', source: 'html-url' }],
    ['JSON-LD inside @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-05-18"}]}</script>', '', null, { date: '2023-05-18', source: 'html-jsonld' }],
    ['other date meta tags count as meta', '<meta name="pubdate" content="2021-07-04">', '', null, { date: '2021-07-04', source: 'html-meta' }],
    ['an article\'s JSON-LD before another object\'s listed first (a video)', ld('[{"@type":"VideoObject","datePublished":"2019-01-01"},{"@type":"NewsArticle","datePublished":"2024-03-12"}]'), '', null, { date: '2024-03-12', source: 'html-jsonld' }],
    ['an article type given as a list', ld('[{"@type":"WebPage","datePublished":"2019-01-01"},{"@type":["ReportageNews","NewsArticle"],"datePublished":"2024-03-12"}]'), '', null, { date: '2024-03-12', source: 'html-jsonld' }],
    ['a blog post\'s JSON-LD', ld('[{"@type":"ImageObject","datePublished":"2010-05-05"},{"@type":"BlogPosting","datePublished":"2015-03-30"}]'), '', null, { date: '2015-03-30', source: 'html-jsonld' }],
    ['no article in the JSON-LD: another object\'s date still counts', ld('{"@type":"WebPage","datePublished":"2022-02-02"}'), '', null, { date: '2022-02-02', source: 'html-jsonld' }],
    ['JSON-LD wrapped in an HTML comment', ld('<!-- {"@type":"NewsArticle","datePublished":"2024-03-12"} -->'), '', null, { date: '2024-03-12', source: 'html-jsonld' }],
    ['JSON-LD wrapped in CDATA', ld('//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2024-03-12"}\n//]]>'), '', null, { date: '2024-03-12', source: 'html-jsonld' }],
    ['a top-ranked meta date that cannot be read gives way to the next', '<meta property="article:published_time" content="Tue, 12 Mar 2024 08:00:00 GMT"><meta name="parsely-pub-date" content="2024-03-12T08:00:00Z">', '', null, { date: '2024-03-12', source: 'html-meta' }],
    ['a JSON-LD date that cannot be read gives way to the meta tags', ld('{"@type":"NewsArticle","datePublished":"12/03/2024"}') + META, '', null, { date: '2024-03-14', source: 'html-meta' }],
  ];
  it.each(rows)('%s', (_, head, body, url, expected) => {
    expect(found(head, body, url)).toEqual(expected);
  });
  it('a date in the URL the page was fetched from, when its own URL has none', () => {
    expect(found('', '<p>Text</p>', 'https://x.example/world/story-123', 'https://x.example/2024/03/12/story-123')).toEqual({ date: '2024-03-12', source: 'html-url' });
    expect(found('', '<p>Text</p>', 'https://x.example/2024/03/11/story', 'https://x.example/2024/03/12/story')).toEqual({ date: '2024-03-11', source: 'html-url' });
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
    ['2024-03-14T23:30:00Z', '2024-03-14'],
    ['2024-03-14T23:30:00-05:00', '2024-03-14'],
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19 10:00', '2019-11-19'],
    ['Tue, 19 Nov 2019', null],
    ['2019-13-01', null],
  ])('isoDay(%j) = %j (the day as written, in the timestamp\'s own zone)', (value, day) => expect(isoDay(value)).toBe(day));
  it.each([
    ['https://news.example/2019/11/19/opinion/x.html', '2019-11-19'],
    ['https://blog.example/2015/03/30/rail-talks/', '2015-03-30'],
    ['https://example.com/news/2024-01-30-deal', '2024-01-30'],
    ['https://example.com/20240130/deal', '2024-01-30'],
    ['https://blog.example/2018/10/rail-talks.html', null],
    ['https://example.com/story/1205992/plague', null],
    ['not a url', null],
  ])('urlDay(%j) = %j', (url, day) => expect(urlDay(url)).toBe(day));
});
