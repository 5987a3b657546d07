// Web archives built with warcio from the team's pages (tests/helpers/build-warc.ts).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArticlePage, InputFailure } from '../../src/input.js';
import { readArticle } from '../../src/io/read-article-file.js';
import { readWarc } from '../../src/io/read-warc.js';
import { buildWarc, pageEntries, teamPages, type WarcEntry } from '../helpers/build-warc.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('wirescan-warc-');
async function read(name: string, bytes: Buffer, maxBytes?: number) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const skipped: string[] = [];
  const items: (ArticlePage | InputFailure)[] = [];
  for await (const item of readWarc(name, path, { seenUris: new Set(), onSkipped: (r) => skipped.push(r), maxBytes })) items.push(item);
  return { items, skipped };
}
const ids = (items: (ArticlePage | InputFailure)[]) => items.map((i) => ('error' in i ? `error:${i.id}` : i.id));

const URL = (name: string) => `https://pages.example/${name.replace(/\.gz$/, '')}`;
const extra: WarcEntry[] = [
  { type: 'response', url: 'https://pages.example/logo.png', contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  { type: 'response', url: 'https://pages.example/old', contentType: 'text/html', status: 301, body: '<html><body>Moved</body></html>' },
  // A status that is not a number (HTTP/1.1 xyz Moved) is not a success either.
  { type: 'response', url: 'https://pages.example/odd', contentType: 'text/html', status: 'xyz' as unknown as number, body: '<html><body>Odd</body></html>' },
  { type: 'metadata', url: 'https://pages.example/kenya-tanzania-rail.html', body: 'fetchTimeMs: 120' },
  // The same URI fetched again: its id is its WARC-Record-ID.
  { type: 'response', url: URL('kenya-tanzania-rail.html'), recordId: 'urn:uuid:0b5e6c2e-1111-4c1a-9d61-000000000001', body: teamPages().find((p) => p.name === 'kenya-tanzania-rail.html')!.bytes },
];

describe.each([true, false])('readWarc (gzip %s)', (gzip) => {
  it('every HTML response is a page, in order, id its URI (then its record id); the rest is skipped and told', async () => {
    const { items, skipped } = await read(`pages.warc${gzip ? '.gz' : ''}`, await buildWarc([...pageEntries(), ...extra], { gzip }));
    expect(ids(items)).toEqual([...teamPages().map((p) => URL(p.name)), 'urn:uuid:0b5e6c2e-1111-4c1a-9d61-000000000001']);
    expect(skipped).toEqual([
      'warcinfo', ...teamPages().map(() => 'request'),
      'response that is not HTML', 'HTML response that is not a success (HTTP status not 2xx)', 'HTML response that is not a success (HTTP status not 2xx)', 'metadata',
    ]);
    const first = items[0] as ArticlePage;
    expect(first).toMatchObject({ format: 'html', url: URL(teamPages()[0].name), fallbackDate: '2024-08-01' });
    expect(Buffer.from(first.bytes).equals(Buffer.from(teamPages()[0].bytes))).toBe(true);
  });
  it('a record over --max-bytes fails alone', async () => {
    const { items } = await read(`big.warc${gzip ? '.gz' : ''}`, await buildWarc(pageEntries(), { gzip }), 2000);
    const big = teamPages().filter((p) => p.bytes.length > 2000).map((p) => URL(p.name));
    expect(big.length).toBeGreaterThan(0);
    expect(items.filter((i) => 'error' in i).map((i) => i.id)).toEqual(big);
    for (const item of items) if ('error' in item) expect(item.error).toMatch(/^\d+ bytes is over --max-bytes 2000$/);
    expect(items.filter((i) => !('error' in i))).toHaveLength(teamPages().length - big.length);
  });
});

describe('readWarc: broken archives (negative cases)', () => {
  it('.warc.gz: a broken record is an error line at its offset, and the records after it are read', async () => {
    const entries = pageEntries().filter((e) => e.type === 'response');
    const { items } = await read('broken.warc.gz', await buildWarc(entries, { gzip: true, breakAt: [2] }));
    const result = ids(items);
    expect(result).toHaveLength(entries.length);
    expect(result[2]).toMatch(/^error:broken\.warc\.gz@\d+$/);
    expect(result.filter((id) => !id.startsWith('error:'))).toEqual(entries.filter((_, i) => i !== 2).map((e) => e.url));
  });
  // Many gzip members, some damaged: a damaged member is one error line at its offset, and every good record after
  // it is read (not only those after wherever the parser, fed the garbage, happened to stop).
  const many = Array.from({ length: 10 }, (_, k) => pageEntries(`https://copy${k}.example/`)).flat();
  const responses = many.flatMap((e, i) => (e.type === 'response' ? [i] : []));
  it.each([
    { name: 'one damaged response in the middle', breakAt: [responses[35]] },
    { name: 'one damaged response near the start', breakAt: [responses[1]] },
    { name: 'a damaged request (not a page) in the middle', breakAt: [responses[35] - 1] },
    { name: 'two damaged responses in a row', breakAt: [responses[20], responses[20] + 1] },
    { name: 'the warcinfo, then a response near the end', breakAt: [0, responses.at(-2)!] },
    { name: 'no damage', breakAt: [] },
  ])(`.warc.gz of $breakAt.length damaged member(s) among ${many.length} records: $name`, async ({ breakAt }) => {
    const { items } = await read('many.warc.gz', await buildWarc(many, { gzip: true, breakAt }));
    const expected = many.flatMap((e, i) => (breakAt.includes(i) ? [expect.stringMatching(/^error:many\.warc\.gz@\d+$/)] : e.type === 'response' ? [e.url] : []));
    expect(ids(items)).toEqual(expected);
    expect(items.filter((i) => 'error' in i)).toHaveLength(breakAt.length);
    expect(items.filter((i) => !('error' in i))).toHaveLength(responses.length - breakAt.filter((i) => responses.includes(i)).length);
  });
  it.each([true, false])('an archive cut short (gzip %s): the records before the cut are read, the cut one is one error line', async (gzip) => {
    const responses = pageEntries().filter((e) => e.type === 'response');
    const whole = await buildWarc(responses, { gzip });
    const name = `cut.warc${gzip ? '.gz' : ''}`;
    const { items } = await read(name, whole.subarray(0, whole.length - 300));
    const before = responses.slice(0, -1).map((e) => e.url);
    expect(ids(items)).toEqual([...before, gzip ? expect.stringMatching(new RegExp(`^error:${name.replace('.', '\\.')}@\\d+$`)) : `error:${responses.at(-1)!.url}`]);
    expect((items.at(-1) as InputFailure).error).toBe(gzip ? 'broken WARC record (it cannot be read): skipped to the next record' : 'truncated WARC record (the archive ends inside it)');
    items.slice(0, -1).forEach((item, i) => expect(Buffer.from((item as ArticlePage).bytes).equals(Buffer.from(responses[i].body as Uint8Array))).toBe(true));
  });
  it('an empty archive is one error line', async () => {
    expect((await read('empty.warc.gz', Buffer.alloc(0))).items).toEqual([{ id: 'empty.warc.gz', error: 'empty: no WARC records' }]);
  });
  it('a file that is not a WARC is one error line', async () => {
    const { items } = await read('not.warc', Buffer.from('<html><body>Not an archive</body></html>'));
    expect(items).toEqual([{ id: 'not.warc@0', error: 'broken WARC record: no "WARC/1.x" line where a record starts' }]);
  });
  it('a stream (stdin) is read the same way, to the first record it cannot read', async () => {
    const bytes = await buildWarc(pageEntries(), { gzip: true });
    const items: (ArticlePage | InputFailure)[] = [];
    for await (const item of readWarc('stdin', Readable.from([bytes]), { seenUris: new Set() })) items.push(item);
    expect(ids(items)).toEqual(teamPages().map((p) => URL(p.name)));
  });
});

describe('readWarc: payloads as the server sent them, and --max-bytes before anything is decompressed', () => {
  const page = teamPages().find((p) => p.name === 'kenya-tanzania-rail.html')!;
  const text = (item: ArticlePage | InputFailure) => {
    const article = readArticle(item);
    return 'error' in article ? article.error : article.text;
  };
  const plainText = text({ id: 'plain', format: 'html', bytes: page.bytes, size: page.bytes.length, contentType: page.contentType });
  const chunked = (body: Uint8Array) => Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  // 20 MB of spaces in a page, gzip-compressed to about 20 KB: small as stored, far over the limit once inflated.
  const bomb = gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(20 * 1024 * 1024, 0x20), Buffer.from('</p></body></html>')]));
  const entries: WarcEntry[] = [
    { type: 'response', url: 'https://enc.example/gzip', contentType: page.contentType, body: gzipSync(page.bytes), headers: { 'Content-Encoding': 'gzip' } },
    { type: 'response', url: 'https://enc.example/chunked', contentType: page.contentType, body: chunked(page.bytes), headers: { 'Transfer-Encoding': 'chunked' } },
    { type: 'response', url: 'https://enc.example/both', contentType: page.contentType, body: chunked(gzipSync(page.bytes)), headers: { 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' } },
    { type: 'response', url: 'https://enc.example/bomb', body: bomb, headers: { 'Content-Encoding': 'gzip' } },
    { type: 'response', url: 'https://enc.example/stored-too-big', body: Buffer.alloc(300 * 1024, 0x20) },
    { type: 'response', url: 'https://enc.example/after', contentType: page.contentType, body: page.bytes },
  ];
  it.each([true, false])('gzip %s', async (gzip) => {
    const { items } = await read(`enc.warc${gzip ? '.gz' : ''}`, await buildWarc(entries, { gzip }), 100_000);
    expect(ids(items)).toEqual(entries.map((e) => (e.url!.endsWith('stored-too-big') ? `error:${e.url}` : e.url)));
    const [gz, dechunked, both, inflates, tooBig, after] = items as ArticlePage[];
    // An encoded payload travels as stored, its encoding with it; chunks are undone here (that never grows it).
    expect(gz).toMatchObject({ contentEncoding: 'gzip', size: gzipSync(page.bytes).length });
    expect(Buffer.from(dechunked.bytes).equals(Buffer.from(page.bytes))).toBe(true);
    expect(both.contentEncoding).toBe('gzip');
    for (const item of [gz, dechunked, both, after]) expect(text(item)).toBe(plainText);
    // Small as stored, so handed on; refused where it is read, its inflation stopped at the limit.
    expect(inflates.size).toBe(bomb.length);
    expect(text(inflates)).toBe('over --max-bytes 100000 once decompressed');
    // Over the limit as stored: refused unread, with its stored size; the record after it is read.
    expect(tooBig).toEqual({ id: 'https://enc.example/stored-too-big', error: `${300 * 1024} bytes is over --max-bytes 100000` });
  });
  it('each page\'s bytes are a copy of just its payload, not a view into the stream\'s larger chunk', async () => {
    const { items } = await read('copy.warc', await buildWarc(pageEntries(), { gzip: false }));
    for (const item of items as ArticlePage[]) {
      expect(item.bytes.byteOffset).toBe(0);
      expect(item.bytes.buffer.byteLength).toBe(item.bytes.length);
    }
  });
});
