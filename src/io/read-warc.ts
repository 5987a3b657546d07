// Web archives to pages: every `response` record of a WARC (.warc or .warc.gz) whose payload is HTML is one
// article, read as a stream, one record at a time (warcio). A payload is never decompressed here: its size as
// stored is checked against --max-bytes before it is read, and a Content-Encoding is undone (with a bound on its
// output) where the page is parsed, so this thread holds at most one payload of at most --max-bytes at a time.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { ArticlePage, InputFailure } from '../input.js';
import { isGzip } from './decode-html-bytes.js';
import { describe } from './describe-error.js';
import { isoDay } from './find-page-date.js';

/** How to read an archive. */
export interface WarcOptions {
  /** Refuse a record whose payload is over this many bytes. */
  maxBytes?: number;
  /** Target URIs already given to a record as its id in this run: a repeated URI takes the record's WARC-Record-ID. */
  seenUris: Set<string>;
  /** Told of every record that is not an article (not a response, not HTML, not a success), with the reason. */
  onSkipped?: (reason: string) => void;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
/** Where a record can start: a gzip member's header, or a "WARC/1.x" line. */
const GZIP_MEMBER = Buffer.from([0x1f, 0x8b, 0x08]);
const WARC_LINE = Buffer.from('WARC/1.');

/** A page, a failure, or nothing (the record is skipped), for one record. */
async function readRecord(record: WARCRecord, where: string, options: WarcOptions): Promise<ArticlePage | InputFailure | null> {
  const skip = (reason: string) => (options.onSkipped?.(reason), null);
  if (!record.warcHeaders.statusline.startsWith('WARC/')) return { id: where, error: 'broken WARC record: no "WARC/1.x" line where a record starts' };
  if (!record.warcType) return { id: where, error: 'broken WARC record: no WARC-Type' };
  if (record.warcType !== 'response') return skip(record.warcType);
  const http = record.httpHeaders;
  if (!http) return skip('response with no HTTP headers');
  const contentType = http.headers.get('content-type') ?? '';
  if (!HTML_TYPE.test(contentType)) return skip('response that is not HTML');
  const status = Number(http.statusCode);
  if (!(status >= 200 && status < 300)) return skip('HTML response that is not a success (HTTP status not 2xx)');
  const uri = record.warcTargetURI ?? null;
  const recordId = record.warcHeader('WARC-Record-ID')?.replace(/^<|>$/g, '') ?? null;
  const id = uri && !options.seenUris.has(uri) ? uri : (recordId ?? where);
  if (uri) options.seenUris.add(uri);
  // The payload as stored (after the HTTP headers, still encoded): its size is known before it is read, and one
  // over the limit is refused unread (the parser skips it in chunks). Decoded, it is checked again, bounded.
  const stored = record.reader;
  const storedBytes = stored instanceof LimitReader ? stored.limit : record.warcContentLength;
  if (options.maxBytes !== undefined && storedBytes > options.maxBytes) return { id, error: `${storedBytes} bytes is over --max-bytes ${options.maxBytes}` };
  let payload: Uint8Array;
  try {
    payload = await record.readFully(false);
    // A record cut short (the archive ends inside it) leaves its reader owing bytes.
    if (stored instanceof LimitReader && stored.limit > 0) return { id, error: 'truncated WARC record (the archive ends inside it)' };
    if (/\bchunked\b/i.test(http.headers.get('transfer-encoding') ?? '')) payload = await new AsyncIterReader([payload], null, true).readFully();
  } catch (err) {
    return { id, error: `broken WARC record: ${describe(err)}` };
  }
  const contentEncoding = http.headers.get('content-encoding')?.trim() || null;
  return {
    id,
    format: 'html',
    // A copy of just the payload: a view into a larger buffer would carry all of that buffer to the worker thread.
    bytes: new Uint8Array(payload),
    size: payload.length,
    url: uri,
    contentType,
    ...(contentEncoding && { contentEncoding }),
    fallbackDate: isoDay(record.warcDate),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  };
}

/** Bytes read from a stream, counted as they pass. */
async function* counted(stream: AsyncIterable<Buffer>, count: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    count.bytes += chunk.length;
    yield chunk;
  }
}

/** Every record of one pass over `stream`; `end` is then where the parser stopped (its raw offset) and `total` the bytes read. */
async function* parsePass(stream: AsyncIterable<Buffer>, name: string, base: number, options: WarcOptions, state: { end: number; total: number; reported?: boolean }): AsyncGenerator<ArticlePage | InputFailure> {
  const count = { bytes: 0 };
  const parser = new WARCParser(counted(stream, count));
  try {
    for await (const record of parser) {
      const at = base + parser.offset;
      const page = await readRecord(record, `${name}@${at}`, options);
      if (page) yield page;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        // The archive broke here (a damaged gzip member inflates to garbage): what this parser reads next cannot be
        // trusted, so the pass ends here (its failure told), to be read again from the next place a record can start.
        state.end = at;
        state.reported = true;
        break;
      }
    }
    if (!state.reported) state.end = base + parser.offset;
  } catch (err) {
    yield { id: `${name}@${base + parser.offset}`, error: `broken WARC record: ${describe(err)}` };
    state.end = base + parser.offset;
  }
  state.total = base + count.bytes;
}

/** The first place at or after `from` in the file where a record can start, or -1. */
async function nextRecordStart(path: string, from: number, gzip: boolean): Promise<number> {
  const marker = gzip ? GZIP_MEMBER : WARC_LINE;
  const file = await open(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 16);
    for (let at = from; ; at += chunk.length - marker.length) {
      const { bytesRead } = await file.read(chunk, 0, chunk.length, at);
      if (bytesRead < marker.length) return -1;
      for (let i = chunk.subarray(0, bytesRead).indexOf(marker); i >= 0; i = chunk.subarray(0, bytesRead).indexOf(marker, i + 1)) {
        if (gzip || at + i === 0 || chunk[i - 1] === 0x0a) return at + i;
      }
      if (bytesRead < chunk.length) return -1;
    }
  } finally {
    await file.close();
  }
}

/**
 * The articles of a WARC archive, a file (`path`) or a stream, in record order: each HTML `response` as an
 * `ArticlePage` (id: its WARC-Target-URI, or its WARC-Record-ID when the URI came before), each record that
 * cannot be read as a failure. A file is read again after a broken record from the next place a record can
 * start (the next gzip member, the next "WARC/1." line), so the rest of the archive goes on; a stream stops there.
 */
export async function* readWarc(name: string, source: string | Readable, options: WarcOptions): AsyncGenerator<ArticlePage | InputFailure> {
  if (typeof source !== 'string') {
    const state = { end: 0, total: 0 };
    yield* parsePass(source, name, 0, options, state);
    if (state.end < state.total) yield { id: `${name}@${state.end}`, error: 'broken WARC record: the rest of the stream cannot be read' };
    return;
  }
  let size: number;
  let gzip: boolean;
  try {
    const file = await open(source, 'r');
    const head = Buffer.alloc(2);
    try {
      size = (await file.stat()).size;
      await file.read(head, 0, 2, 0);
    } finally {
      await file.close();
    }
    gzip = isGzip(head);
  } catch (err) {
    yield { id: name, error: describe(err) };
    return;
  }
  if (!size) yield { id: name, error: 'empty: no WARC records' };
  let start = 0;
  while (start < size) {
    const state: { end: number; total: number; reported?: boolean } = { end: start, total: start };
    yield* parsePass(createReadStream(source, { start }), name, start, options, state);
    // Read to the end (trailing blank lines aside): done.
    if (state.end >= size - 4) return;
    if (!state.reported) yield { id: `${name}@${state.end}`, error: 'broken WARC record (it cannot be read): skipped to the next record' };
    start = await nextRecordStart(source, Math.max(state.end, start) + 1, gzip).catch(() => -1);
    if (start < 0) return;
  }
}
