import { createReadStream, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import { decodeText, InputError } from './decode-text.js';
import { describe } from './describe-error.js';
import { folderFiles, HTML_FILE, WARC_FILE } from './list-files.js';
import { readArticle } from './read-article-file.js';
import { readJsonl } from './read-jsonl.js';
import type { WarcOptions } from './read-warc.js';
import type { ArticleFile, ArticleInput, ArticlePage, InputFailure } from '../input.js';

/**
 * How inputs are given: one article per file, JSON Lines of {"id","text","date"?}, one HTML page per file, or
 * web archives. Whatever it is, files named `.html`, `.htm`, `.html.gz` are read as pages and `.warc`,
 * `.warc.gz` as archives; it decides how stdin and other files named as inputs are read (in a folder, `.txt`
 * and `.md` files are text, and with jsonl every file is JSON Lines).
 */
export type InputFormat = 'text' | 'jsonl' | 'html' | 'warc';

/** Where and how to read inputs. */
export interface ReadOptions {
  inputFormat: InputFormat;
  /** Standard input, for "-". */
  stdin: Readable;
  /** Refuse an article (a file, stdin, or a JSONL line) larger than this many bytes (default: no limit). */
  maxBytes?: number;
  /** How many files are read at once (default 4; files left unread are only listed). Order is kept whatever it is. */
  concurrency?: number;
  /**
   * Leave each text file unread, as an `ArticleFile` (its size checked against `maxBytes`) for `extractAll`
   * to read where it extracts it, on a worker thread; this thread then never holds article text (default false).
   * HTML pages are then left unparsed too (a file as an `ArticleFile`, stdin or a WARC record as an `ArticlePage`).
   */
  deferFiles?: boolean;
  /** Told of every WARC record that is not an article (not an HTML response), with the reason. */
  onSkipped?: (reason: string) => void;
}

type Item = ArticleInput | ArticleFile | ArticlePage | InputFailure;
type Task = () => Promise<Item>;
const done = (item: Item): Task => () => Promise.resolve(item);

/** Every article in `paths` (files, folders searched recursively, "-" for stdin), in a stable order. */
export function readInputs(paths: string[], options: ReadOptions & { deferFiles: true }): AsyncGenerator<Item>;
export function readInputs(paths: string[], options: ReadOptions): AsyncGenerator<ArticleInput | InputFailure>;
export function readInputs(paths: string[], options: ReadOptions): AsyncGenerator<Item> {
  const tasks = listTasks(paths, options);
  // Files left unread need no pool: each is only a size looked up, so the tasks are taken one at a time.
  return options.deferFiles ? inTurn(tasks) : inOrder(tasks, options.concurrency ?? 4);
}

/** Run tasks one after another, in order. */
async function* inTurn<T>(tasks: AsyncIterable<() => Promise<T>>): AsyncGenerator<T> {
  for await (const task of tasks) yield await task();
}

/** Run tasks `concurrency` at a time, yielding results in the order the tasks came; memory stays bounded. */
export async function* inOrder<T>(tasks: AsyncIterable<() => Promise<T>>, concurrency: number): AsyncGenerator<T> {
  const limit = pLimit(Math.max(1, concurrency));
  const window: Promise<T>[] = [];
  for await (const task of tasks) {
    window.push(limit(task));
    if (window.length >= 2 * concurrency) yield await window.shift()!;
  }
  while (window.length) yield await window.shift()!;
}

async function* listTasks(paths: string[], options: ReadOptions): AsyncGenerator<Task> {
  // Ids of WARC records are their URIs, unique across the run: a repeated URI takes the record's id.
  const warc: WarcOptions = { maxBytes: options.maxBytes, seenUris: new Set(), onSkipped: options.onSkipped };
  for (const path of paths) {
    if (path === '-' && options.inputFormat === 'warc') {
      for await (const item of (await loadReadWarc())('stdin', options.stdin, warc)) yield done(unlessDeferred(item, options));
      continue;
    }
    if (path === '-') {
      yield* readStream('stdin', options.stdin, options);
      continue;
    }
    const info = await stat(path).catch((err: unknown) => describe(err));
    if (typeof info === 'string') yield done({ id: path, error: info });
    else if (!info.isDirectory()) yield* readFileInput(path, path, options, true, warc);
    else {
      for await (const f of folderFiles(path, options.inputFormat === 'jsonl')) {
        if ('error' in f) yield done(f);
        else yield* readFileInput(f.file, f.id, options, false, warc);
      }
    }
  }
}

/** A file of a folder read on its own under `id` (its path relative to the folder), as `readInputs` reads it there, left unread. */
export function readFolderFile(path: string, id: string, options: ReadOptions): AsyncGenerator<Item> {
  return inTurn(readFileInput(path, id, { ...options, deferFiles: true }, false, { maxBytes: options.maxBytes, seenUris: new Set() }));
}

/** The WARC reader, loaded with its parser (warcio) on the first archive met: other inputs never load it. */
const loadReadWarc = async () => (await import('./read-warc.js')).readWarc;

/** How a file is read: by its name (pages, archives), else (a file named on the command line) by the input format. */
function fileFormat(path: string, format: InputFormat, named: boolean): InputFormat {
  if (WARC_FILE.test(path)) return 'warc';
  if (HTML_FILE.test(path)) return 'html';
  return named || format === 'jsonl' ? format : 'text';
}

/** A page left for the thread that extracts it (deferred), or read here. */
const unlessDeferred = (item: ArticleFile | ArticlePage | InputFailure, options: ReadOptions): Item => (options.deferFiles ? item : readArticle(item));

async function* readFileInput(path: string, id: string, options: ReadOptions, named: boolean, warc: WarcOptions): AsyncGenerator<Task> {
  const format = fileFormat(path, options.inputFormat, named);
  if (format === 'jsonl') yield* readStream(id, createReadStream(path), options);
  else if (format === 'warc') {
    for await (const item of (await loadReadWarc())(id, path, warc)) yield done(unlessDeferred(item, options));
  } else if (format === 'html') {
    const file = deferTextFile(path, id, options.maxBytes);
    const page = 'error' in file ? file : { ...file, format: 'html' as const, ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }) };
    yield done(unlessDeferred(page, options));
  } else if (options.deferFiles) yield done(deferTextFile(path, id, options.maxBytes));
  else yield () => readTextFile(path, id, options.maxBytes);
}

/** Refuse a file larger than `maxBytes`. */
function checkSize(size: number, maxBytes: number | undefined): void {
  if (maxBytes !== undefined && size > maxBytes) throw new InputError(`${size} bytes is over --max-bytes ${maxBytes}`);
}

async function readTextFile(path: string, id: string, maxBytes: number | undefined): Promise<Item> {
  try {
    if (maxBytes !== undefined) checkSize((await stat(path)).size, maxBytes);
    return { id, text: decodeText(await readFile(path)) };
  } catch (err) {
    return { id, error: describe(err) };
  }
}

/** A file left unread, for the thread that extracts it to read: only its size is looked up (and checked). */
function deferTextFile(path: string, id: string, maxBytes: number | undefined): ArticleFile | InputFailure {
  try {
    const { size } = statSync(path);
    checkSize(size, maxBytes);
    return { id, path: isAbsolute(path) ? path : resolve(path), size };
  } catch (err) {
    return { id, error: describe(err) };
  }
}

/** A stream: one article (text), one page (html), or one article per line (jsonl). */
async function* readStream(id: string, stream: Readable, options: ReadOptions): AsyncGenerator<Task> {
  if (options.inputFormat === 'jsonl') {
    for await (const item of readJsonl(id, stream, options.maxBytes)) yield done(item);
    return;
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (options.maxBytes !== undefined && size > options.maxBytes) throw new InputError(`over --max-bytes ${options.maxBytes}`);
      chunks.push(chunk as Buffer);
    }
    const bytes = Buffer.concat(chunks);
    if (options.inputFormat !== 'html') yield done({ id, text: decodeText(bytes) });
    else {
      // A buffer of its own (a small Buffer is a view into a shared pool, which a worker would be sent whole).
      const page: ArticlePage = { id, format: 'html', bytes: new Uint8Array(bytes), size: bytes.length, ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }) };
      yield done(unlessDeferred(page, options));
    }
  } catch (err) {
    yield done({ id, error: describe(err) });
  }
}
