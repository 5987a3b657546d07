import { readFileSync } from 'node:fs';
import type { ArticleFile, ArticleInput, InputFailure } from '../input.js';
import { decodeText, InputError } from './decode-text.js';
import { describe } from './describe-error.js';

/**
 * An input ready to extract: an `ArticleFile` read and decoded (or why it cannot be), anything else as it
 * is. Read where the article is extracted (a worker thread), so the thread that lists the files never
 * holds their text.
 */
export function readArticle(input: ArticleInput | ArticleFile | InputFailure): ArticleInput | InputFailure {
  try {
    return readArticleFile(input);
  } catch (err) {
    return { id: input.id, error: describe(err) };
  }
}

/**
 * As `readArticle`, but a file that cannot be read (missing, no permission, an I/O error) throws: a queue
 * worker retries it, as another machine may read the path. Bytes that are no article are a failure, as the
 * same bytes fail everywhere.
 */
export function readArticleFile(input: ArticleInput | ArticleFile | InputFailure): ArticleInput | InputFailure {
  if (!('path' in input)) return input;
  const bytes = readFileSync(input.path);
  try {
    return { id: input.id, text: decodeText(bytes) };
  } catch (err) {
    if (err instanceof InputError) return { id: input.id, error: describe(err) };
    throw err;
  }
}
