// What `queue add` queues: the inputs as `extract` lists them, except web archives, which no job can carry.
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { ArticleFile, ArticleInput, ArticlePage, InputFailure } from '../input.js';
import { ARTICLE_FILE, WARC_FILE, walk } from '../io/list-files.js';
import { readInputs, type ReadOptions } from '../io/read-inputs.js';

/** Why a web archive in a folder is not queued (its pages have no path a worker could read). */
export const ARCHIVE_NOT_QUEUED = 'a web archive is not queued: extract it with wirescan extract';

/** Inputs named on the command line that are web archives (by name, as `extract` tells them). */
export const namedArchives = (paths: string[]): string[] => paths.filter((p) => p !== '-' && WARC_FILE.test(p));

/** What a job can carry: an article's text, a file's path, or why the input failed. */
export type QueueInput = ArticleInput | ArticleFile | InputFailure;

/**
 * Every input of `paths` as `readInputs` lists it (same ids, same order; files left unread), except that a web
 * archive inside a folder is not opened: it is one failure in its place ("a web archive is not queued"), and
 * `onArchive` is told its id. Named archives are refused before this (`namedArchives`).
 */
export async function* listQueueInputs(paths: string[], options: ReadOptions, onArchive: (id: string) => void): AsyncGenerator<QueueInput> {
  const read = { ...options, deferFiles: true as const };
  for (const path of paths) {
    const info = path === '-' ? null : await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      yield* carried(readInputs([path], read));
      continue;
    }
    // A folder, walked as readInputs walks it: ids relative to it; what it would read, read one file at a time.
    const root = resolve(path);
    const id = (file: string) => relative(root, file).split('\\').join('/');
    for await (const file of walk(root)) {
      if (typeof file !== 'string') yield { ...file, id: id(file.id) };
      else if (WARC_FILE.test(file)) {
        onArchive(id(file));
        yield { id: id(file), error: ARCHIVE_NOT_QUEUED };
      } else if (ARTICLE_FILE.test(file) || (options.inputFormat === 'jsonl' && /\.jsonl$/i.test(file))) {
        for await (const item of carried(readInputs([file], read))) yield renamed(item, file, id(file));
      }
    }
  }
}

/** Inputs as a job carries them; a page's bytes (stdin read as HTML, which `queue add` does not offer) become a failure. */
async function* carried(items: AsyncIterable<QueueInput | ArticlePage>): AsyncGenerator<QueueInput> {
  for await (const item of items) yield 'bytes' in item ? { id: item.id, error: 'an HTML page from stdin is not queued: save it as a file' } : item;
}

/**
 * An item of a file read on its own, named as when its folder is read: the file's own id (a text file, a page,
 * a failure to read it) and its JSONL lines' failures ("FILE:LINE") take the id relative to the folder.
 * An article from a JSONL line keeps its own id.
 */
function renamed(item: QueueInput, file: string, id: string): QueueInput {
  if (!('error' in item) && !('path' in item)) return item;
  if (item.id === file) return { ...item, id };
  if ('error' in item && item.id.startsWith(`${file}:`)) return { ...item, id: `${id}${item.id.slice(file.length)}` };
  return item;
}
