// A worker thread's task: extract a batch of articles (see extractAll). Loaded by piscina.
import { extractOne } from './extract.js';
import type { ArticleInput, ExtractResult, InputFailure } from './extract-all.js';
import type { FormattedRecord } from './io/format-record.js';

/** Extract every input of a batch, in order. */
export default function extractBatch(task: { inputs: (ArticleInput | InputFailure)[]; date: string | null; formatted: boolean }): (ExtractResult | FormattedRecord)[] {
  return task.inputs.map((input) => extractOne(input, task.date, task.formatted));
}
