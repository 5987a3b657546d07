// Web archives built with warcio from the team's pages (tests/helpers/build-warc.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArticlePage, InputFailure } from '../../src/input.js';
import { readWarc } from '../../src/io/read-warc.js';
import { buildWarc, pageEntries, teamPages, type WarcEntry } from '../helpers/build-warc.js';

const dir = mkdtempSync(join(tmpdir(), 'wirescan-warc-'));
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
      'response that is not HTML', 'HTML response that is not a success (HTTP status not 2xx)', 'metadata',
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
  it('an archive cut short: the records before the cut are read, the cut one is an error line', async () => {
    for (const gzip of [true, false]) {
      const whole = await buildWarc(pageEntries().filter((e) => e.type === 'response'), { gzip });
      const { items } = await read(`cut.warc${gzip ? '.gz' : ''}`, whole.subarray(0, whole.length - 300));
      expect(items.slice(0, -1).every((i) => !('error' in i))).toBe(true);
      expect(items.at(-1)).toHaveProperty('error');
    }
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
