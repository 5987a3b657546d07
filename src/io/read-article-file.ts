import { readFileSync } from 'node:fs';
import type { ArticleFile, ArticleInput, InputFailure } from '../input.js';
import { decodeText } from './decode-text.js';
import { describe } from './describe-error.js';

/**
 * An input ready to extract: an `ArticleFile` read and decoded (or why it cannot be), anything else as it
 * is. Read where the article is extracted (a worker thread), so the thread that lists the files never
 * holds their text.
 */
export function readArticle(input: ArticleInput | ArticleFile | InputFailure): ArticleInput | InputFailure {
  if (!('path' in input)) return input;
  try {
    return { id: input.id, text: decodeText(readFileSync(input.path)) };
  } catch (err) {
    return { id: input.id, error: describe(err) };
  }
}
