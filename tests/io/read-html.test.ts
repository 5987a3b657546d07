// The team's pages (tests/pages/): each page's article text, headline, date and source; and the bad pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/io/read-article-file.js';
import { decodeHtmlBytes } from '../../src/io/decode-html-bytes.js';
import { readHtml } from '../../src/io/read-html.js';

const DIR = join(process.cwd(), 'tests', 'pages');
const read = (name: string) => readHtml(decodeHtmlBytes(readFileSync(join(DIR, name))).html);

describe('readHtml: the team pages', () => {
  const rows: [string, { title: string; date: string | null; dateSource: string | null; url: string | null; publisher: string | null }, string, string, string[]][] = [
    ['kenya-tanzania-rail.html', { title: 'Kenya and Tanzania sign cross-border rail agreement', date: '2024-03-12', dateSource: 'html-jsonld', url: 'https://meridianpost.example/world/africa/kenya-tanzania-rail-agreement', publisher: 'The Meridian Post' },
      'NAIROBI, 12 March 2024 — Kenya and Tanzania signed', 'after years of trade disputes.',
      ['Skip to content', 'Share on', 'Photo:', 'Read more', 'newsletter', 'correspondent, based in Nairobi', 'Related stories', 'Most read', 'All rights reserved', 'By Amina']],
    ['chile-peru-lithium.html', { title: 'Chile and Peru agree to cooperate on lithium exports', date: '2023-11-07', dateSource: 'html-meta', url: null, publisher: 'Andes Daily' },
      'LIMA — Chile and Peru signed a memorandum', 'van Klaveren told reporters after the signing.',
      ['Sign in', 'Mining', 'Carlos Medina', 'WhatsApp', 'Salar de Atacama', 'RELATED', 'Tags', 'You may also like', 'Copper prices', 'Log in', 'cookies']],
    ['ghana-togo-border.htm', { title: 'Ghana, Togo reopen border crossing under new security pact', date: '2022-06-21', dateSource: 'html-time', url: null, publisher: null },
      'Ghana and Togo reopened the Aflao crossing', 'under discussion.',
      ['West Africa Wire', 'Posted', 'Share this', 'Filed under', 'Recent posts']],
    ['norway-iceland-fisheries.html', { title: 'Norway and Iceland reach fisheries deal on mackerel quotas', date: '2024-01-30', dateSource: 'html-url', url: 'https://northsea-news.example/2024/01/30/norway-iceland-mackerel-deal', publisher: null },
      'OSLO — Norway and Iceland have agreed', 'at risk.', ['Sign up', 'newsletter']],
    ['brazil-portugal-culture.html', { title: 'Brazil and Portugal sign cultural cooperation accord in São Paulo', date: '2023-05-18', dateSource: 'html-jsonld', url: null, publisher: 'Diário Atlântico' },
      'SÃO PAULO – Brazil and Portugal signed', 'officials said.', ['By João', 'Início', 'Copyright']],
    ['japan-philippines-patrols.html.gz', { title: 'Japan and the Philippines begin joint coast guard patrols', date: '2024-07-09', dateSource: 'html-jsonld', url: null, publisher: 'Pacific Ledger' },
      'TOKYO, July 9 (Pacific Ledger) - Japan and the Philippines', 'respect its claims.', ['Kenji Sato', 'Manila Bay', 'Read more', '© 2024']],
  ];
  it.each(rows)('%s', (name, meta, first, last, furniture) => {
    const page = read(name);
    expect({ title: page.source.title, date: page.date, dateSource: page.dateSource, url: page.source.url, publisher: page.source.publisher }).toEqual(meta);
    expect(page.source.format).toBe('html');
    expect(page.text.startsWith(first), page.text.slice(0, 80)).toBe(true);
    expect(page.text.endsWith(last), page.text.slice(-80)).toBe(true);
    for (const phrase of furniture) expect(page.text, phrase).not.toContain(phrase);
    // The headline is not part of the body; paragraphs are separated by one blank line.
    expect(page.text).not.toContain(page.source.title!);
    expect(page.text).not.toMatch(/\n{3,}|^\s|\s$/);
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
