// The team's pages (tests/pages/): each page's article text, headline, date and source; and the bad pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/io/read-article-file.js';
import { decodeHtmlBytes } from '../../src/io/decode-html-bytes.js';
import { readHtml } from '../../src/io/read-html.js';

const DIR = join(process.cwd(), 'tests', 'pages');
const read = (name: string) => readHtml(decodeHtmlBytes(readFileSync(join(DIR, name))).html);

describe('readHtml: the team pages', () => {
  // Each page's whole article text is in <page>.txt beside it (written by hand from the page): a paragraph lost or
  // a piece of furniture let through fails the row.
  const expected = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8').replace(/\n$/, '');
  const rows: [string, { title: string; date: string | null; dateSource: string | null; url: string | null; publisher: string | null }][] = [
    ['kenya-tanzania-rail.html', { title: 'Kenya and Tanzania sign cross-border rail agreement', date: '2024-03-12', dateSource: 'html-jsonld', url: 'https://meridianpost.example/world/africa/kenya-tanzania-rail-agreement', publisher: 'The Meridian Post' }],
    ['chile-peru-lithium.html', { title: 'Chile and Peru agree to cooperate on lithium exports', date: '2023-11-07', dateSource: 'html-meta', url: null, publisher: 'Andes Daily' }],
    ['ghana-togo-border.htm', { title: 'Ghana, Togo reopen border crossing under new security pact', date: '2022-06-21', dateSource: 'html-time', url: null, publisher: null }],
    ['norway-iceland-fisheries.html', { title: 'Norway and Iceland reach fisheries deal on mackerel quotas', date: '2024-01-30', dateSource: 'html-url', url: 'https://northsea-news.example/2024/01/30/norway-iceland-mackerel-deal', publisher: null }],
    ['brazil-portugal-culture.html', { title: 'Brazil and Portugal sign cultural cooperation accord in São Paulo', date: '2023-05-18', dateSource: 'html-jsonld', url: null, publisher: 'Diário Atlântico' }],
    ['japan-philippines-patrols.html.gz', { title: 'Japan and the Philippines begin joint coast guard patrols', date: '2024-07-09', dateSource: 'html-jsonld', url: null, publisher: 'Pacific Ledger' }],
    // A video's older JSON-LD date listed first and an unreadable article:published_time: the article's date wins.
    ['ethiopia-djibouti-port.html', { title: 'Ethiopia and Djibouti sign port access deal', date: '2024-02-20', dateSource: 'html-jsonld', url: 'https://horndispatch.example/business/ethiopia-djibouti-port-deal', publisher: 'Horn Dispatch' }],
  ];
  it.each(rows)('%s', (name, meta) => {
    const page = read(name);
    expect({ title: page.source.title, date: page.date, dateSource: page.dateSource, url: page.source.url, publisher: page.source.publisher }).toEqual(meta);
    expect(page.source.format).toBe('html');
    expect(page.text).toBe(expected(name));
  });
  it('every team page has its expected text (none left out of the table above)', () => {
    expect(readdirSync(DIR).filter((f) => /\.html?(\.gz)?$/.test(f)).sort()).toEqual(rows.map(([name]) => name).sort());
  });
  it('windows-1252 characters come out right', () => {
    expect(read('brazil-portugal-culture.html').text).toContain('“Our language is the bridge,” Menezes said.');
    expect(read('brazil-portugal-culture.html').text).toContain('€5 million');
  });
  it('a URL given by the fetch (a WARC record) is the source URL when the page names none', () => {
    const html = decodeHtmlBytes(readFileSync(join(DIR, 'chile-peru-lithium.html'))).html;
    expect(readHtml(html, 'https://andes.example/economy/chile-peru').source.url).toBe('https://andes.example/economy/chile-peru');
  });
});

describe('bad pages: each fails alone with its reason (negative cases)', () => {
  const rows: [string, string][] = [
    ['no-body.html', 'no article text found in the page'],
    ['not-html.html', 'not an HTML page (no HTML markup)'],
    ['truncated.html.gz', 'truncated gzip data (the file is cut short)'],
    ['binary.html', 'binary data (NUL bytes): not an HTML page'],
  ];
  it.each(rows)('%s: %s', (name, error) => {
    expect(readArticle({ id: name, path: join(DIR, 'bad', name), size: 0, format: 'html' })).toEqual({ id: name, error });
  });
  it('--max-bytes applies to the page once decompressed', () => {
    const result = readArticle({ id: 'p', path: join(DIR, 'japan-philippines-patrols.html.gz'), size: 0, format: 'html', maxBytes: 1500 });
    expect(result).toEqual({ id: 'p', error: 'over --max-bytes 1500 once decompressed' });
  });
});

describe('readHtml: JSON-LD survives the pre-parse cut of scripts and comments', () => {
  const body = `<article><h1>Deal</h1>${'<p>Kenya and Tanzania signed an agreement on Tuesday to link their railway networks across the border.</p>'.repeat(3)}</article>`;
  const page = (head: string) => `<html><head><title>Deal</title>${head}</head><body>${body}</body></html>`;
  it.each([
    ['plain', '{"@type":"NewsArticle","datePublished":"2024-03-12"}'],
    ['inside an HTML comment', '<!-- {"@type":"NewsArticle","datePublished":"2024-03-12"} -->'],
    ['inside CDATA', '/*<![CDATA[*/{"@type":"NewsArticle","datePublished":"2024-03-12"}/*]]>*/'],
  ])('%s', (_, json) => {
    expect(readHtml(page(`<script type="application/ld+json">${json}</script>`)).date).toBe('2024-03-12');
  });
  it('a comment outside scripts is still cut (negative case: its text is no article text)', () => {
    expect(readHtml(page('').replace('<article>', '<article><!-- <p>Draft paragraph left in a comment</p> -->')).text).not.toContain('Draft paragraph');
  });
});
