// What `queue add` queues: the inputs as `extract` lists them, except web archives, which no job can carry.
import { stat } from 'node:fs/promises';
import type { ArticleFile, ArticleInput, ArticlePage, InputFailure } from '../input.js';
import { folderFiles, WARC_FILE } from '../io/list-files.js';
import { readFolderFile, readInputs, type ReadOptions } from '../io/read-inputs.js';

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
    // A folder, walked as readInputs walks it: the same ids; what it would read, read one file at a time.
    for await (const f of folderFiles(path, options.inputFormat === 'jsonl')) {
      if ('error' in f) yield f;
      else if (WARC_FILE.test(f.file)) {
        onArchive(f.id);
        yield { id: f.id, error: ARCHIVE_NOT_QUEUED };
      } else yield* carried(readFolderFile(f.file, f.id, read));
    }
  }
}

/** Inputs as a job carries them; a page's bytes (stdin read as HTML, which `queue add` does not offer) become a failure. */
async function* carried(items: AsyncIterable<QueueInput | ArticlePage>): AsyncGenerator<QueueInput> {
  for await (const item of items) yield 'bytes' in item ? { id: item.id, error: 'an HTML page from stdin is not queued: save it as a file' } : item;
}
