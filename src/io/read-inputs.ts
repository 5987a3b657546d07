import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import { checkText, decodeText, InputError } from './decode-text.js';
import type { ArticleInput, InputFailure } from '../extract-all.js';

/** How inputs are given: one article per file, or JSON Lines of {"id","text","date"?}. */
export type InputFormat = 'text' | 'jsonl';

export interface ReadOptions {
  inputFormat: InputFormat;
  /** Standard input, for "-". */
  stdin: Readable;
  /** Refuse a file larger than this many bytes (default: no limit). */
  maxBytes?: number;
  /** How many files are read at once (default 4). Order is kept whatever it is. */
  concurrency?: number;
}

type Item = ArticleInput | InputFailure;
type Task = () => Promise<Item>;
const done = (item: Item): Task => () => Promise.resolve(item);

const ARTICLE_FILE = /\.(txt|md)$/i;

/** Every article in `paths` (files, folders searched recursively, "-" for stdin), in a stable order. */
export function readInputs(paths: string[], options: ReadOptions): AsyncGenerator<Item> {
  return inOrder(listTasks(paths, options), options.concurrency ?? 4);
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

/** How many articles `paths` hold (for a progress bar's ETA); undefined when it can't be known cheaply. */
export async function countInputs(paths: string[], options: ReadOptions): Promise<number | undefined> {
  if (options.inputFormat === 'jsonl') return undefined;
  let n = 0;
  for (const path of paths) {
    if (path === '-') n++;
    else if (!(await stat(path).catch(() => null))?.isDirectory()) n++;
    else for await (const file of walk(resolve(path), new Set())) n += typeof file !== 'string' || ARTICLE_FILE.test(file) ? 1 : 0;
  }
  return n;
}

async function* listTasks(paths: string[], options: ReadOptions): AsyncGenerator<Task> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStream('stdin', options.stdin, options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield done({ id: path, error: describe(err) });
      continue;
    }
    if (!info.isDirectory()) {
      yield* readFileInput(path, path, options);
      continue;
    }
    const root = resolve(path);
    for await (const file of walk(root, new Set())) {
      if (typeof file !== 'string') yield done({ ...file, id: relative(root, file.id).split('\\').join('/') });
      else if (ARTICLE_FILE.test(file) || (options.inputFormat === 'jsonl' && /\.jsonl$/i.test(file))) {
        yield* readFileInput(file, relative(root, file).split('\\').join('/'), options);
      }
    }
  }
}

/** Files below `dir`, sorted by name; a folder seen twice (a symlink loop) or unreadable is a failure. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<string | InputFailure> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { id: dir, error: describe(err) };
    return;
  }
  if (seen.has(real)) {
    yield { id: dir, error: 'folder already visited (symbolic link loop): skipped' };
    return;
  }
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = (await stat(full)).isDirectory();
      } catch (err) {
        if (ARTICLE_FILE.test(entry.name)) yield { id: full, error: describe(err) };
        continue;
      }
    }
    if (isDir) yield* walk(full, seen);
    else yield full;
  }
}

async function* readFileInput(path: string, id: string, options: ReadOptions): AsyncGenerator<Task> {
  if (options.inputFormat === 'jsonl') yield* readStream(id, createReadStream(path), options);
  else yield () => readTextFile(path, id, options.maxBytes);
}

async function readTextFile(path: string, id: string, maxBytes: number | undefined): Promise<Item> {
  try {
    if (maxBytes !== undefined) {
      const { size } = await stat(path);
      if (size > maxBytes) throw new InputError(`${size} bytes is over --max-bytes ${maxBytes}`);
    }
    return { id, text: decodeText(await readFile(path)) };
  } catch (err) {
    return { id, error: describe(err) };
  }
}

/** A stream: one article (text) or one article per line (jsonl). */
async function* readStream(id: string, stream: Readable, options: ReadOptions): AsyncGenerator<Task> {
  if (options.inputFormat === 'text') {
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream) {
        size += (chunk as Buffer).length;
        if (options.maxBytes !== undefined && size > options.maxBytes) throw new InputError(`over --max-bytes ${options.maxBytes}`);
        chunks.push(chunk as Buffer);
      }
      yield done({ id, text: decodeText(Buffer.concat(chunks)) });
    } catch (err) {
      yield done({ id, error: describe(err) });
    }
    return;
  }
  let n = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (line.trim()) yield done(parseJsonLine(line, `${id}:${n}`));
    }
  } catch (err) {
    yield done({ id, error: describe(err) });
  }
}

/** One JSONL input line: {"id","text","date"?}; anything else is a failure named by file and line. */
export function parseJsonLine(line: string, where: string): ArticleInput | InputFailure {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: where, error: 'not a JSON object: expected {"id","text","date"?}' };
  }
  const obj = value as { id?: unknown; text?: unknown; date?: unknown };
  if (!obj || typeof obj !== 'object' || typeof obj.text !== 'string') {
    return { id: where, error: 'expected {"id","text","date"?} with "text" a string' };
  }
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : where;
  if (obj.date !== undefined && obj.date !== null && typeof obj.date !== 'string') return { id, error: '"date" must be "YYYY-MM-DD"' };
  try {
    return { id, text: checkText(obj.text), date: (obj.date as string | null | undefined) ?? null };
  } catch (err) {
    return { id, error: describe(err) };
  }
}

/** A one-line reason for a failure. */
export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied: cannot read it';
  if (e?.code === 'ELOOP') return 'too many symbolic links (a loop)';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(err);
}
