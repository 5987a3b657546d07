// A queue worker's task, in its sandboxed worker thread (BullMQ loads this file): extract one job's article
// with the same core and formatting as `extract` (the third driver, beside extract-all and extract-worker).
import { extractOne } from '../extract.js';
import { describe } from '../io/describe-error.js';
import { formatResult } from '../io/format-record.js';
import { readArticleFile } from '../io/read-article-file.js';
import type { ExtractJobData } from './open-queue.js';
import { packResult, unpackInput, type JobResult } from './pack-result.js';

/**
 * Extract a job's article. A file no one can read here throws (the job is retried, on any worker, and ends
 * failed with this reason after its attempts); an input that fails the same way everywhere (not text, empty,
 * or an error in extraction) completes with its failure, as `extract` writes it.
 */
export default function extractJob(job: { data: ExtractJobData }): JobResult {
  const { input, date } = job.data;
  let article;
  try {
    article = readArticleFile(unpackInput(input));
  } catch (err) {
    throw new Error(describe(err));
  }
  return packResult(formatResult(extractOne(article, date)));
}
