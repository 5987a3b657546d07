import type { ArticleFile, ArticleInput, ArticlePage, ExtractResult, InputFailure } from './input.js';
import { formatResult, type FormattedRecord } from './io/format-record.js';
import { unpackRecords, type PackedRecords } from './io/pack-records.js';
import { readArticles } from './io/read-article-file.js';

/** Options for a batch. */
export interface ExtractAllOptions {
  /** Reference date for every article (overrides each input's own `date`), YYYY-MM-DD. */
  date?: string | null;
  /**
   * Worker threads to extract on (default 0: this thread). A job smaller than one batch (64 articles) is
   * always done in this thread. Either way inputs are extracted a batch at a time (see extractMany), and output
   * order is the input order.
   */
  workers?: number;
  /** Yield each record already formatted for the output files (done on the workers, off the writing thread). */
  formatted?: boolean;
  /** The largest article expected, in bytes: sets each worker's heap limit (default 2 MiB). */
  maxArticleBytes?: number;
  /** Keep a page's extracted text in its record (default true; false is `--no-text`). */
  text?: boolean;
}

/**
 * A worker's old-generation heap limit for articles up to `bytes`. A limit keeps V8 from letting garbage
 * pile up (a worker stays near 100 MB instead of 200+); it must leave room for the largest article
 * (~100 MB per MB of text). The young generation is kept at 16 MB: smaller saves a little memory but
 * costs a fifth of the speed (bench:scale).
 */
export function workerHeapMb(bytes = 2 * 1024 * 1024): number {
  return 64 + 96 * Math.ceil(bytes / (1024 * 1024));
}

type Input = ArticleInput | ArticleFile | ArticlePage | InputFailure;
type Output = ExtractResult | FormattedRecord;

// A batch sent to a worker: enough text to outweigh the cost of the message, few enough to keep order cheap.
const BATCH_ARTICLES = 64;
const BATCH_CHARS = 512 * 1024;
// The buffer a formatted batch comes back in (about 15 KB a record); one that grew past the cap is not kept.
const BUFFER_BYTES = 1024 * 1024;
const BUFFER_KEPT_BYTES = 8 * 1024 * 1024;

/**
 * Extract every input in order, one result each. An `ArticleFile` or `ArticlePage` is read (an HTML page
 * parsed) where it is extracted (on a worker, when there are workers). An input that fails (unreadable, or an error in extraction) is yielded as an
 * `InputFailure` in its place, and the batch goes on.
 */
export function extractAll(inputs: AsyncIterable<Input> | Iterable<Input>, options: ExtractAllOptions & { formatted: true }): AsyncGenerator<FormattedRecord | InputFailure>;
export function extractAll(inputs: AsyncIterable<Input> | Iterable<Input>, options?: ExtractAllOptions): AsyncGenerator<ExtractResult>;
export async function* extractAll(inputs: AsyncIterable<Input> | Iterable<Input>, options: ExtractAllOptions = {}): AsyncGenerator<Output> {
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  const date = options.date ?? null;
  const formatted = !!options.formatted;
  const text = options.text !== false;
  // The pipeline is loaded only to extract in this thread, so a main thread that hands all work to
  // workers never loads it. Inputs are extracted a batch at a time, as on a worker (see extractMany).
  const inThread = async () => {
    const { extractMany } = await import('./extract.js');
    return (batch: Input[]): Output[] => {
      const results = extractMany(readArticles(batch), date, { text });
      return formatted ? results.map(formatResult) : results;
    };
  };
  if (workers === 0) {
    const extractBatch = await inThread();
    // A batch is not waited for: what has come when no more input is ready is extracted, so a caller that sends an
    // input only after the result of the one before is answered.
    for await (const batch of batches(inputs, true)) yield* extractBatch(batch);
    return;
  }
  // A job smaller than one batch is done here too: starting workers would cost more than it saves.
  const iterator = iteratorOf(inputs);
  const head: Input[] = [];
  let next = await iterator.next();
  while (!next.done && head.length < BATCH_ARTICLES) {
    head.push(next.value);
    next = await iterator.next();
  }
  if (next.done) {
    const extractBatch = await inThread();
    for await (const batch of batches(head, false)) yield* extractBatch(batch);
    return;
  }
  head.push(next.value);
  const rest = { [Symbol.asyncIterator]: () => iterator } as AsyncIterable<Input>;
  yield* extractInWorkers(chain(head, rest), workers, { date, formatted, text }, workerHeapMb(options.maxArticleBytes));
}

const iteratorOf = (inputs: AsyncIterable<Input> | Iterable<Input>): AsyncIterator<Input> | Iterator<Input> =>
  Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();

/** `first`, then `rest`. */
async function* chain(first: Input[], rest: AsyncIterable<Input>): AsyncGenerator<Input> {
  yield* first;
  yield* rest;
}

const NOT_READY = Symbol('not ready');
/** Settles after the current round of I/O callbacks: an input not there by then is not ready. */
const afterIo = () => new Promise<typeof NOT_READY>((resolve) => setImmediate(resolve, NOT_READY));

/**
 * The inputs in batches of up to BATCH_ARTICLES articles or BATCH_CHARS characters (a file or page by its size).
 * With `flushWhenIdle`, a batch is also cut when the next input is not ready yet. When the inputs throw, the batch
 * read so far comes first.
 */
async function* batches(inputs: AsyncIterable<Input> | Iterable<Input>, flushWhenIdle: boolean): AsyncGenerator<Input[]> {
  const iterator = iteratorOf(inputs);
  let batch: Input[] = [];
  let chars = 0;
  let pending = Promise.resolve(iterator.next());
  for (;;) {
    let r: IteratorResult<Input> | typeof NOT_READY;
    try {
      r = flushWhenIdle && batch.length ? await Promise.race([pending, afterIo()]) : await pending;
    } catch (err) {
      if (batch.length) yield batch;
      throw err;
    }
    if (r !== NOT_READY) {
      if (r.done) break;
      batch.push(r.value);
      chars += sizeOf(r.value);
      pending = Promise.resolve(iterator.next());
    }
    if (r === NOT_READY || batch.length >= BATCH_ARTICLES || chars >= BATCH_CHARS) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) yield batch;
}

/** An input's size toward a batch's limit: its text's length, a file's size in bytes, else (a failure) 0. */
const sizeOf = (input: Input): number =>
  'text' in input ? (typeof input.text === 'string' ? input.text.length : 0) : 'size' in input ? input.size : 0;

async function* extractInWorkers(
  inputs: AsyncIterable<Input>,
  workers: number,
  task: { date: string | null; formatted: boolean; text: boolean },
  heapMb: number,
): AsyncGenerator<Output> {
  // Compiled, the worker is dist/extract-worker.js; under tsx (development), the .ts beside this file.
  const filename = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 };
  // The pool (piscina) is loaded only when workers are used: a run in this thread never loads it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename, minThreads: workers, maxThreads: workers, resourceLimits });
  // Formatted results come back packed in a buffer that travels to the worker with its batch and back with
  // the results (moved, not copied), and is then handed out again: a batch held here, in flight or waiting its
  // turn, is then neither strings on this thread's heap nor garbage for its collector.
  const buffers: ArrayBuffer[] = [];
  const run = async (inputs: Input[]): Promise<Iterable<Output>> => {
    if (!task.formatted) return pool.run({ ...task, inputs });
    const buffer = buffers.pop() ?? new ArrayBuffer(BUFFER_BYTES);
    const packed: PackedRecords = await pool.run({ ...task, inputs, buffer }, { transferList: [buffer] });
    return (function* () {
      yield* unpackRecords(packed);
      if (packed.buffer.byteLength <= BUFFER_KEPT_BYTES) buffers.push(packed.buffer);
    })();
  };
  // A batch whose worker died (out of memory, a crash) is retried one article at a time, so only the culprit fails.
  const runBatch = (inputs: Input[]) =>
    run(inputs).catch(() =>
      Promise.all(inputs.map((i) => run([i]).then((r) => [...r][0], (err: Error) => ({ id: i.id, error: `extraction failed: ${err.message}` })))),
    );
  const window: Promise<Iterable<Output>>[] = [];
  try {
    for await (const batch of batches(inputs, false)) {
      window.push(runBatch(batch));
      while (window.length > 2 * workers) yield* await window.shift()!;
    }
    while (window.length) yield* await window.shift()!;
  } finally {
    await pool.destroy();
  }
}
