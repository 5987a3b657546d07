import { closeSync, createReadStream, existsSync, openSync, readFileSync, ftruncateSync, fstatSync, readSync, writeSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { ArticleRecord } from '../record.js';
import { isFailure, type InputFailure } from '../input.js';
import { AGREEMENTS_HEADER, MENTIONS_HEADER, formatCsv, type FormattedRecord, type FormattedText } from './format-record.js';

/** Where records and failures go. `close` finishes every file. */
export interface Sink {
  write(item: FormattedRecord | InputFailure): Promise<void>;
  close(): Promise<void>;
}

/** What goes to stdout without --out: JSON Lines, one JSON array, or mention rows as CSV. */
export type OutputFormat = 'jsonl' | 'json' | 'csv';

/** Write, waiting when the stream asks us to (so memory stays bounded). */
function put(stream: Writable, chunk: string): Promise<void> {
  if (!chunk || stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', resolve));
}

/** Records to one stream: JSON Lines, a JSON array, or mentions CSV. Failures are left to the caller. */
export function streamSink(out: Writable, format: OutputFormat): Sink {
  let count = 0;
  return {
    async write(item) {
      if (isFailure(item)) return;
      const first = count++ === 0;
      // Strings made here: a stream may hold a chunk after write() returns, and a record's bytes get reused.
      if (format === 'jsonl') await put(out, `${item.json}\n`);
      else if (format === 'json') await put(out, `${first ? '[\n' : ',\n'}${item.json}`);
      else await put(out, (first ? MENTIONS_HEADER : '') + item.mentionsCsv);
    },
    async close() {
      if (format === 'json') await put(out, count ? '\n]\n' : '[]\n');
      if (format === 'csv' && count === 0) await put(out, MENTIONS_HEADER);
    },
  };
}

/** The output folder's files. */
export const OUTPUT_FILES = { articles: 'articles.jsonl', mentions: 'mentions.csv', agreements: 'agreements.csv', errors: 'errors.jsonl' };

/** An open output folder: the sink, and (when resuming) the ids of the inputs already done, in order. */
export interface OutputFolder {
  sink: Sink;
  /** How many inputs, from the start, are already in the folder. */
  done: number;
  /** Their ids (records and failures), as a multiset to check the inputs against. */
  doneIds: Map<string, number>;
  /** How many of them failed. */
  doneFailures: number;
}

/** Write a text (a string, or its bytes) at the end of a file opened for it (one call per writeSync overload). */
const writeText = (fd: number, text: FormattedText) => (typeof text === 'string' ? writeSync(fd, text) : writeSync(fd, text));

/** Cut a file back to its last complete line (a run killed mid-write can leave a torn one). */
function dropTornLine(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    let size = fstatSync(fd).size;
    const buf = Buffer.alloc(1);
    while (size > 0 && (readSync(fd, buf, 0, 1, size - 1), buf[0] !== 0x0a)) size--;
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** Each line's id, counted. */
function countIds(path: string, ids: Map<string, number>): number {
  if (!existsSync(path)) return 0;
  let n = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const id = String((JSON.parse(line) as { id: string }).id);
    ids.set(id, (ids.get(id) ?? 0) + 1);
    n++;
  }
  return n;
}

/**
 * The output folder: articles.jsonl, mentions.csv, agreements.csv, and errors.jsonl when an input failed.
 * Every input's result is appended as whole lines with synchronous writes, in input order, so a run
 * killed at any moment leaves a prefix of the full output (at most one torn line, repaired on resume).
 * With `resume`, that prefix is kept, the CSV files are rebuilt from it, and the caller skips `done` inputs.
 */
export async function openOutputFolder(dir: string, resume = false): Promise<OutputFolder> {
  await mkdir(dir, { recursive: true });
  const path = (k: keyof typeof OUTPUT_FILES) => join(dir, OUTPUT_FILES[k]);
  const doneIds = new Map<string, number>();
  let done = 0;
  let doneFailures = 0;
  if (resume) {
    dropTornLine(path('articles'));
    dropTornLine(path('errors'));
    doneFailures = countIds(path('errors'), doneIds);
    done = countIds(path('articles'), doneIds) + doneFailures;
  } else {
    await Promise.all((['articles', 'errors'] as const).map((k) => rm(path(k), { force: true })));
  }
  const articles = openSync(path('articles'), 'a');
  const mentions = openSync(path('mentions'), 'w');
  const agreements = openSync(path('agreements'), 'w');
  let errors = existsSync(path('errors')) ? openSync(path('errors'), 'a') : -1;
  writeSync(mentions, MENTIONS_HEADER);
  writeSync(agreements, AGREEMENTS_HEADER);
  const writeCsv = (item: Pick<FormattedRecord, 'mentionsCsv' | 'agreementsCsv'>) => {
    if (item.mentionsCsv.length) writeText(mentions, item.mentionsCsv);
    if (item.agreementsCsv.length) writeText(agreements, item.agreementsCsv);
  };
  if (done) {
    for await (const line of createInterface({ input: createReadStream(path('articles')), crlfDelay: Infinity })) {
      if (line) writeCsv(formatCsv(JSON.parse(line) as ArticleRecord));
    }
  }
  const sink: Sink = {
    async write(item) {
      if (isFailure(item)) {
        if (errors < 0) errors = openSync(path('errors'), 'a');
        writeSync(errors, `${JSON.stringify({ id: item.id, error: item.error })}\n`);
        return;
      }
      writeCsv(item);
      // The line, then its end: a run killed between the two leaves a torn line, which resuming cuts off.
      writeText(articles, item.json);
      writeSync(articles, '\n');
    },
    async close() {
      for (const fd of [articles, mentions, agreements, errors]) if (fd >= 0) closeSync(fd);
    },
  };
  return { sink, done, doneIds, doneFailures };
}
