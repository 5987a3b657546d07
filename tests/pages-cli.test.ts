// HTML pages and web archives through the real binary: records, offsets, errors, WARC = files, workers, resume.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordSchema } from '../src/index.js';
import type { ArticleRecord } from '../src/record.js';
import { buildWarc, PAGES_DIR, pageEntries, teamPages, type WarcEntry } from './helpers/build-warc.js';
import { tempDir } from './temp-dir.js';

const BIN = join(process.cwd(), 'bin', 'wirescan.js');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [BIN, 'extract', ...args], { input: input ?? '', encoding: 'utf8', timeout: 120_000 });
const records = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArticleRecord);
const validate = new Ajv({ allErrors: true, strict: false }).compile(recordSchema);
const ARTICLE = 'Chile and Peru sign a trade deal\nLIMA, 3 May 2024 - Chilean President Ana Ruiz said on Friday that the agreement would take effect in 2025.\n';

/** Every span of a record, with where it sits. */
const spans = (r: ArticleRecord) => [
  ...r.sentences, ...r.dates,
  ...[...r.people, ...r.countries, ...r.organizations, ...r.agreements].flatMap((e) => e.mentions as { start: number; end: number; text: string }[]),
];

const dir = tempDir('wirescan-pages-');
// The pages and the bad pages; not the expected texts beside them (<page>.txt, for tests/io/read-html.test.ts).
cpSync(PAGES_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.txt') });
writeFileSync(join(dir, 'plain-article.txt'), ARTICLE);
const out = join(tempDir('wirescan-out-'), 'out');
let res: ReturnType<typeof run>;
let pages: ArticleRecord[];
beforeAll(() => {
  res = run([dir, '--out', out, '--concurrency', '1']);
  pages = records(readFileSync(join(out, 'articles.jsonl'), 'utf8'));
});

describe('a folder of pages: .html, .htm, .html.gz beside .txt', () => {
  it('one record per good page, in path order, ids relative to the folder', () => {
    expect(pages.map((r) => r.id)).toEqual([...teamPages().map((p) => p.name), 'plain-article.txt']);
  });
  it('each bad page is its own error line, the folder goes on, exit code 1', () => {
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([
      { id: 'bad/binary.html', error: 'binary data (NUL bytes): not an HTML page' },
      { id: 'bad/no-body.html', error: 'no article text found in the page' },
      { id: 'bad/not-html.html', error: 'not an HTML page (no HTML markup)' },
      { id: 'bad/truncated.html.gz', error: 'truncated gzip data (the file is cut short)' },
    ]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(new RegExp(`${teamPages().length + 1} articles extracted, 4 failed`));
  });
  it('every record is valid against the JSON Schema', () => {
    for (const r of pages) expect(validate(r), `${r.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });
  it('every offset of a page record points into its text: text.slice(start, end) === mention.text', () => {
    for (const r of pages.filter((p) => p.source)) {
      expect(r.text, r.id).toBeTruthy();
      for (const s of spans(r)) expect(r.text!.slice(s.start, s.end), r.id).toBe(s.text);
    }
  });
  it('a page record carries source, its headline as title, and its date as reference date', () => {
    expect(pages.find((r) => r.id === 'kenya-tanzania-rail.html')).toMatchObject({
      title: 'Kenya and Tanzania sign cross-border rail agreement', date: '2024-03-12', dateSource: 'html-jsonld',
      source: { url: 'https://meridianpost.example/world/africa/kenya-tanzania-rail-agreement', title: 'Kenya and Tanzania sign cross-border rail agreement', publisher: 'The Meridian Post', format: 'html' },
    });
    const rail = pages.find((r) => r.id === 'kenya-tanzania-rail.html')!;
    expect(rail.people.map((p) => p.name)).toEqual(['William Ruto', 'Samia Suluhu Hassan']);
    expect(rail.agreements[0]).toMatchObject({ status: 'signed', parties: [{ code: 'KE' }, { code: 'TZ' }] });
    // "on Tuesday" resolves against the page's date.
    expect(rail.dates.find((d) => d.text === 'Tuesday')?.value).toBe('2024-03-12');
  });
  it('a page\'s text is its body alone: a short first paragraph with no full stop is no headline (its people are found)', () => {
    const port = pages.find((r) => r.id === 'ethiopia-djibouti-port.html')!;
    expect(port.text).toBe(readFileSync(join(PAGES_DIR, 'ethiopia-djibouti-port.html.txt'), 'utf8').replace(/\n$/, ''));
    expect(port.title).toBe('Ethiopia and Djibouti sign port access deal');
    expect(port.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Abiy Ahmed', 'Ismail Omar Guelleh']));
    expect(port.sentences[0].text).toBe('Ethiopian Prime Minister Abiy Ahmed hosts Djibouti\'s President Ismail Omar Guelleh in Addis Ababa');
  });
  it('a text article keeps its record as before: no source, no text', () => {
    const plain = pages.find((r) => r.id === 'plain-article.txt')!;
    expect(plain).not.toHaveProperty('source');
    expect(plain).not.toHaveProperty('text');
    expect(plain.dateSource).toBe('dateline');
  });
  it('--no-text leaves the text out, nothing else', () => {
    const without = records(run([join(dir, 'chile-peru-lithium.html'), '--no-text']).stdout)[0];
    const withText = pages.find((r) => r.id === 'chile-peru-lithium.html')!;
    expect(without).not.toHaveProperty('text');
    expect({ ...without, id: withText.id }).toEqual((({ text: _t, ...rest }) => rest)(withText));
  });
  it('--date overrides the page date', () => {
    expect(records(run([join(dir, 'chile-peru-lithium.html'), '--date', '2023-12-01']).stdout)[0]).toMatchObject({ date: '2023-12-01', dateSource: 'option' });
  });
  it('--max-bytes applies to the page (a .gz page once decompressed)', () => {
    const small = run([join(dir, 'japan-philippines-patrols.html.gz'), '--max-bytes', '1500']);
    expect(small.status).toBe(1);
    expect(small.stderr).toMatch(/over --max-bytes 1500 once decompressed/);
  });
  it('--input-format html reads stdin as a page; a file of any name too', () => {
    const page = readFileSync(join(dir, 'ghana-togo-border.htm'));
    const fromStdin = records(run(['--input-format', 'html'], page).stdout)[0];
    expect(fromStdin).toMatchObject({ id: 'stdin', date: '2022-06-21', dateSource: 'html-time' });
    const named = join(tempDir('wirescan-named-'), 'named.page');
    writeFileSync(named, page);
    expect(records(run([named, '--input-format', 'html']).stdout)[0].text).toBe(fromStdin.text);
  });
});

describe('a web archive of the same pages', () => {
  const warcDir = tempDir('wirescan-warc-cli-');
  const extra: WarcEntry[] = [
    { type: 'response', url: 'https://pages.example/logo.png', contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { type: 'response', url: 'https://pages.example/bad/no-body.html', body: readFileSync(join(PAGES_DIR, 'bad', 'no-body.html')) },
  ];
  let warc: ArticleRecord[];
  let warcRes: ReturnType<typeof run>;
  beforeAll(async () => {
    writeFileSync(join(warcDir, 'crawl.warc.gz'), await buildWarc([...pageEntries(), ...extra], { gzip: true }));
    warcRes = run([join(warcDir, 'crawl.warc.gz'), '--concurrency', '1']);
    warc = records(warcRes.stdout);
  });
  it('gives the same records as the pages as files (ids aside; the URL is the fetched one when a page names none)', () => {
    const asFiles = pages.filter((r) => r.source);
    expect(warc).toHaveLength(asFiles.length);
    warc.forEach((r, i) => {
      const file = asFiles[i];
      expect(r.id).toBe(`https://pages.example/${file.id.replace(/\.gz$/, '')}`);
      expect(r.source!.url).toBe(file.source!.url ?? r.id);
      const strip = (x: ArticleRecord) => ({ ...x, id: '', source: { ...x.source, url: null } });
      expect(strip(r)).toEqual(strip(file));
    });
  });
  it('a page that fails is an error line; non-HTML records are skipped and counted in the summary', () => {
    expect(warcRes.status).toBe(1);
    expect(warcRes.stderr).toMatch(/https:\/\/pages\.example\/bad\/no-body\.html: no article text found in the page/);
    expect(warcRes.stderr).toMatch(new RegExp(`${teamPages().length} articles extracted, 1 failed, ${teamPages().length + 2} WARC records skipped`));
  });
  it('--no-text leaves a WARC record\'s text out, nothing else', () => {
    const without = records(run([join(warcDir, 'crawl.warc.gz'), '--concurrency', '1', '--no-text']).stdout);
    expect(without).toEqual(warc.map(({ text: _t, ...rest }) => rest));
  });
  it('--input-format warc reads an archive from stdin', () => {
    const viaStdin = records(run(['--input-format', 'warc', '--concurrency', '1'], readFileSync(join(warcDir, 'crawl.warc.gz'))).stdout);
    expect(viaStdin).toEqual(warc);
  });
});

describe('a web archive larger than a batch: worker threads and --resume', { timeout: 300_000 }, () => {
  const warcDir = tempDir('wirescan-warc-many-');
  const path = join(warcDir, 'many.warc.gz');
  beforeAll(async () => {
    // 90 responses: the team's pages again and again, under their own URIs, and every tenth URI repeated.
    const pagesList = teamPages();
    const entries: WarcEntry[] = Array.from({ length: 90 }, (_, i) => {
      const page = pagesList[i % pagesList.length];
      const n = i % 10 === 9 ? i - 1 : i;
      return { type: 'response', url: `https://many.example/${n}/${pagesList[n % pagesList.length].name}`, contentType: page.contentType, body: page.bytes };
    });
    writeFileSync(path, await buildWarc(entries, { gzip: true }));
  });
  it('gives the same output on one thread and on worker threads; ids are unique', () => {
    const one = run([path, '--concurrency', '1', '--quiet']);
    const two = run([path, '--concurrency', '2', '--quiet']);
    expect(two.stdout).toBe(one.stdout);
    const ids = records(one.stdout).map((r) => r.id);
    expect(ids).toHaveLength(90);
    expect(new Set(ids).size).toBe(90);
    expect(ids.filter((id) => id.startsWith('urn:uuid:'))).toHaveLength(9);
  });
  it('--resume finishes an interrupted run exactly (ids are stable across runs)', () => {
    const whole = join(tempDir('wirescan-whole-'), 'whole');
    const cut = join(tempDir('wirescan-cut-'), 'cut');
    run([path, '--out', whole, '--quiet']);
    run([path, '--out', cut, '--quiet']);
    const lines = readFileSync(join(cut, 'articles.jsonl'), 'utf8').split('\n');
    writeFileSync(join(cut, 'articles.jsonl'), `${lines.slice(0, 37).join('\n')}\n{"schemaVersion":1,"id":"torn`);
    expect(run([path, '--out', cut, '--resume', '--quiet']).status).toBe(0);
    for (const f of ['articles.jsonl', 'mentions.csv', 'agreements.csv']) {
      expect(readFileSync(join(cut, f), 'utf8'), f).toBe(readFileSync(join(whole, f), 'utf8'));
    }
  });
});

describe('web archives: reference dates and ids across a run', () => {
  const warcDir = tempDir('wirescan-warc-dates-');
  const undated = (lead: string) =>
    `<html><head><title>Rail talks</title></head><body><article><h1>Rail talks</h1><p>${lead} Kenya and Tanzania began talks on Monday on a railway link across the border, officials said.</p><p>The two governments said they hoped to sign an agreement within a year, and that the line would carry freight first.</p></article></body></html>`;
  beforeAll(async () => {
    writeFileSync(join(warcDir, 'first.warc.gz'), await buildWarc([
      { type: 'response', url: 'https://dates.example/dateline', date: '2027-06-01T12:00:00Z', body: undated('NAIROBI, 18 October 2019 -') },
      { type: 'response', url: 'https://dates.example/none', date: '2027-06-01T12:00:00Z', body: undated('') },
    ], { gzip: true }));
    writeFileSync(join(warcDir, 'second.warc.gz'), await buildWarc([
      { type: 'response', url: 'https://dates.example/none', recordId: 'urn:uuid:0b5e6c2e-2222-4c1a-9d61-000000000002', date: '2027-06-02T12:00:00Z', body: undated('') },
    ], { gzip: true }));
  });
  it('a page with no date of its own: its dateline\'s full date comes before the crawl date (WARC-Date), which comes last', () => {
    const [withDateline, without] = records(run([join(warcDir, 'first.warc.gz'), '--concurrency', '1']).stdout);
    expect([withDateline.date, withDateline.dateSource]).toEqual(['2019-10-18', 'dateline']);
    expect(withDateline.dates.find((d) => d.text === 'Monday')?.value).toBe('2019-10-14');
    expect([without.date, without.dateSource]).toEqual(['2027-06-01', 'warc-date']);
  });
  it('a URI already given as an id by another archive of the same run: the record\'s WARC-Record-ID is its id', () => {
    const ids = records(run([join(warcDir, 'first.warc.gz'), join(warcDir, 'second.warc.gz'), '--concurrency', '1']).stdout).map((r) => r.id);
    expect(ids).toEqual(['https://dates.example/dateline', 'https://dates.example/none', 'urn:uuid:0b5e6c2e-2222-4c1a-9d61-000000000002']);
  });
});
