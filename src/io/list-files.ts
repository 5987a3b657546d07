import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { InputFailure } from '../input.js';
import { describe } from './describe-error.js';

/** Files read as articles when a folder is given: text, HTML pages (gzip-compressed or not), web archives. */
export const ARTICLE_FILE = /\.(txt|md|html?|html?\.gz|warc|warc\.gz)$/i;
/** HTML pages, by name: `.html`, `.htm`, and either gzip-compressed. */
export const HTML_FILE = /\.html?(\.gz)?$/i;
/** Web archives, by name: `.warc`, `.warc.gz`. */
export const WARC_FILE = /\.warc(\.gz)?$/i;

/**
 * Regular files below `dir`, depth first, each folder's entries sorted by name. A folder reached twice
 * (a symbolic link loop) or unreadable, a dangling link, and an article-named entry that is no regular file
 * (a named pipe, which would block the batch, a socket, a device) are failures in their place.
 */
export async function* walk(dir: string, seen = new Set<string>()): AsyncGenerator<string | InputFailure> {
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
    let target: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      try {
        target = await stat(full);
      } catch (err) {
        if (ARTICLE_FILE.test(entry.name)) yield { id: full, error: describe(err) };
        continue;
      }
    }
    if (target.isDirectory()) yield* walk(full, seen);
    else if (target.isFile()) yield full;
    else if (ARTICLE_FILE.test(entry.name)) yield { id: full, error: 'not a regular file (a named pipe, socket or device): skipped' };
  }
}

/**
 * The files of folder `path` that are read as inputs (`ARTICLE_FILE`; with `jsonl`, `.jsonl` files too), in walk
 * order, each with its id: its path relative to the folder, "/"-separated (a failure to walk takes such an id too).
 */
export async function* folderFiles(path: string, jsonl: boolean): AsyncGenerator<{ file: string; id: string } | InputFailure> {
  const root = resolve(path);
  const id = (file: string) => relative(root, file).split('\\').join('/');
  for await (const file of walk(root)) {
    if (typeof file !== 'string') yield { ...file, id: id(file.id) };
    else if (ARTICLE_FILE.test(file) || (jsonl && /\.jsonl$/i.test(file))) yield { file, id: id(file) };
  }
}

/**
 * How many articles `paths` hold (for a progress bar's ETA); undefined when it can't be known cheaply: `unknown`
 * (JSONL or WARC inputs), or a web archive among them.
 */
export async function countInputs(paths: string[], unknown: boolean): Promise<number | undefined> {
  if (unknown) return undefined;
  let n = 0;
  for (const path of paths) {
    if (WARC_FILE.test(path)) return undefined;
    if (path === '-') n++;
    else if (!(await stat(path).catch(() => null))?.isDirectory()) n++;
    else {
      for await (const file of walk(resolve(path))) {
        if (typeof file === 'string' && WARC_FILE.test(file)) return undefined;
        n += typeof file !== 'string' || ARTICLE_FILE.test(file) ? 1 : 0;
      }
    }
  }
  return n;
}
