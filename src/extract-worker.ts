// A worker thread's task: read and extract a batch of articles (see extractAll). Loaded by piscina.
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { extractMany } from './extract.js';
import type { ArticleFile, ArticleInput, ArticlePage, ExtractResult, InputFailure } from './input.js';
import { formatResult } from './io/format-record.js';
import { packRecords } from './io/pack-records.js';
import { readArticles } from './io/read-article-file.js';

/** The task: a batch of inputs; with `buffer`, formatted records to pack into it (see packRecords). */
export interface Batch {
  inputs: (ArticleInput | ArticleFile | ArticlePage | InputFailure)[];
  date: string | null;
  formatted: boolean;
  /** Keep a page's extracted text in its record (absent: true). */
  text?: boolean;
  buffer?: ArrayBuffer;
}

/** Extract every input of a batch, in order (its files read and its pages parsed as extractMany's groups fill). */
export default function extractBatch(task: Batch): ExtractResult[] | ReturnType<typeof move> {
  const results = extractMany(readArticles(task.inputs), task.date, { text: task.text });
  if (!task.buffer) return results;
  const packed = packRecords(results.map(formatResult), task.buffer);
  // The buffer goes back moved, not copied, to be handed out again.
  return move({ [transferableSymbol]: packed.buffer, [valueSymbol]: packed });
}
