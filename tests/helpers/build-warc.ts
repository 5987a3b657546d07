// Test helper: a small web archive built with warcio from the team's own pages (tests/pages/), with the
// records a crawl holds besides pages: warcinfo, requests, a response that is not HTML, a repeated URI.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

/** The team's good pages, by file name, as stored (a .gz page decompressed, as a server would send it). */
export const PAGES_DIR = join(process.cwd(), 'tests', 'pages');
export function teamPages(): { name: string; bytes: Uint8Array; contentType: string }[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(PAGES_DIR, name));
      const bytes = name.endsWith('.gz') ? gunzipSync(raw) : raw;
      const charset = /windows-1252/.test(bytes.subarray(0, 300).toString('latin1')) ? 'windows-1252' : 'utf-8';
      return { name, bytes, contentType: `text/html; charset=${charset}` };
    });
}

/** One record to write. */
export interface WarcEntry {
  type: 'response' | 'request' | 'warcinfo' | 'metadata';
  url?: string;
  date?: string;
  contentType?: string;
  status?: number;
  body: Uint8Array | string;
  recordId?: string;
  /** Extra HTTP headers of a response (Content-Encoding, Transfer-Encoding); `body` is then as encoded. */
  headers?: Record<string, string>;
}

const encoder = new TextEncoder();

/** One record's bytes (a gzip member of its own when `gzip`, as in .warc.gz files). */
export async function warcRecord(entry: WarcEntry, gzip: boolean): Promise<Uint8Array> {
  const body = typeof entry.body === 'string' ? encoder.encode(entry.body) : entry.body;
  const warcHeaders: Record<string, string> = entry.recordId ? { 'WARC-Record-ID': `<${entry.recordId}>` } : {};
  const httpHeaders: Record<string, string> = entry.type === 'response' ? { 'Content-Type': entry.contentType ?? 'text/html; charset=utf-8', ...entry.headers } : { 'User-Agent': 'wirescan-test' };
  const opts = {
    type: entry.type,
    url: entry.url,
    date: entry.date ?? '2024-08-01T12:00:00Z',
    warcHeaders,
    ...(entry.type === 'response' && { httpHeaders, statusline: `HTTP/1.1 ${entry.status ?? 200} ${entry.status && entry.status !== 200 ? 'Moved' : 'OK'}` }),
    ...(entry.type === 'request' && { httpHeaders, statusline: 'GET / HTTP/1.1' }),
  };
  const record = entry.type === 'warcinfo' ? WARCRecord.createWARCInfo({ filename: 'test.warc.gz' }, { software: 'wirescan tests' }) : WARCRecord.create(opts, [body]);
  return WARCSerializer.serialize(record, { gzip });
}

/** An archive of `entries`, in order; `breakAt` lists records whose bytes are damaged (a broken record). */
export async function buildWarc(entries: WarcEntry[], options: { gzip: boolean; breakAt?: number[] }): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const [i, entry] of entries.entries()) {
    const bytes = Buffer.from(await warcRecord(entry, options.gzip));
    // Damage the middle of the record: for a gzip member its compressed data, for plain text its headers.
    if (options.breakAt?.includes(i)) bytes.fill(0x41, options.gzip ? 20 : 12, options.gzip ? Math.min(bytes.length - 8, 200) : 60);
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}

/** The team's pages as a crawl would store them: warcinfo, then a request and a response per page. */
export function pageEntries(base = 'https://pages.example/'): WarcEntry[] {
  const entries: WarcEntry[] = [{ type: 'warcinfo', body: '' }];
  for (const page of teamPages()) {
    const url = `${base}${page.name.replace(/\.gz$/, '')}`;
    entries.push({ type: 'request', url, body: '' });
    entries.push({ type: 'response', url, contentType: page.contentType, body: page.bytes });
  }
  return entries;
}
