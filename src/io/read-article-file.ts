import { readFileSync } from 'node:fs';
import type { ArticleFile, ArticleInput, ArticlePage, InputFailure } from '../input.js';
import { decodeHtmlBytes } from './decode-html-bytes.js';
import { decodeText, InputError } from './decode-text.js';
import { describe } from './describe-error.js';
import { readHtml } from './read-html.js';

type Readable = ArticleInput | ArticleFile | ArticlePage | InputFailure;

/**
 * An input ready to extract: an `ArticleFile` read and decoded (or why it cannot be), an HTML page (a file or
 * bytes) reduced to its article text, date and source, anything else as it is. Read where the article is
 * extracted (a worker thread), so the thread that lists the files never holds their text or parses their HTML.
 */
export function readArticle(input: Readable): ArticleInput | InputFailure {
  try {
    return readArticleFile(input);
  } catch (err) {
    return { id: input.id, error: describe(err) };
  }
}

/** Each input read as `readArticle` reads it, when it is asked for: a consumer taking them a group at a time holds one group's texts. */
export function* readArticles(inputs: Iterable<Readable>): Generator<ArticleInput | InputFailure> {
  for (const input of inputs) yield readArticle(input);
}

/**
 * As `readArticle`, but a file that cannot be read (missing, no permission, an I/O error) throws: a queue
 * worker retries it, as another machine may read the path. Bytes that are no article (binary, not UTF-8, not
 * HTML, no article text in the page) are a failure, as the same bytes fail everywhere.
 */
export function readArticleFile(input: Readable): ArticleInput | InputFailure {
  if (!('path' in input) && !('bytes' in input)) return input;
  const bytes = 'bytes' in input ? input.bytes : readFileSync(input.path);
  try {
    if (!('bytes' in input) && input.format !== 'html') return { id: input.id, text: decodeText(bytes) };
    const page = 'bytes' in input ? input : { ...input, bytes, url: null, contentType: null, contentEncoding: null, fallbackDate: null };
    const { html } = decodeHtmlBytes(page.bytes, { contentType: page.contentType, contentEncoding: page.contentEncoding, maxBytes: page.maxBytes });
    const article = readHtml(html, page.url ?? null);
    return {
      id: input.id,
      text: article.text,
      date: article.date,
      ...(article.dateSource && { dateSource: article.dateSource }),
      // The crawl date counts only after the page's own date and its dateline.
      ...(page.fallbackDate && { fallbackDate: page.fallbackDate, fallbackDateSource: 'warc-date' as const }),
      source: article.source,
    };
  } catch (err) {
    if (err instanceof InputError) return { id: input.id, error: describe(err) };
    throw err;
  }
}
