import type { Ctx } from './doc.js';
import { runPipeline } from './pipeline.js';
import { buildRecord } from './build-record.js';
import type { ArticleRecord } from './record.js';
import { checkDate } from './check-date.js';
import type { ArticleInput, ExtractResult, InputFailure } from './input.js';

/** Options for one article. */
export interface ExtractOptions {
  /** Record id; "stdin" when not given. */
  id?: string;
  /** Reference date, YYYY-MM-DD. */
  date?: string | null;
  /** Where `date` came from: the caller's option (default) or the input's own field. */
  dateSource?: Ctx['dateSource'];
  /** The reference date when neither `date` nor the dateline gives one, and where it came from. */
  fallbackDate?: string | null;
  fallbackDateSource?: Ctx['fallbackDateSource'];
  /** The text is an article's body alone (a page's): its first line is no headline. */
  bodyOnly?: boolean;
}

/** The text without a leading byte-order mark: what a record's offsets point into. */
const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Extract one article's record from its text. */
export function extract(text: string, options: ExtractOptions = {}): ArticleRecord {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  if (options.date) checkDate(options.date);
  if (options.fallbackDate) checkDate(options.fallbackDate);
  const ctx: Ctx = {
    date: options.date ?? null,
    dateSource: options.dateSource ?? 'option',
    ...(options.fallbackDate && { fallbackDate: options.fallbackDate, fallbackDateSource: options.fallbackDateSource }),
    ...(options.bodyOnly && { bodyOnly: true }),
  };
  return buildRecord(runPipeline(options.id ?? 'stdin', stripBom(text), ctx));
}

/** Options for a batch input. */
export interface ExtractOneOptions {
  /** Keep a page's extracted text in its record (`text`, default true); false is `--no-text`. */
  text?: boolean;
}

/**
 * Extract one batch input, `date` (when given) overriding the input's own; an error becomes a failure
 * naming the input, never a throw. Every driver (in-thread, worker threads, queue workers) calls this and
 * formats the result itself. A page's text is its body alone (no first line read as a headline); its record
 * gets the page's headline as `title`, its `source`, and (unless `options.text` is false) the `text` its
 * offsets point into.
 */
export function extractOne(input: ArticleInput | InputFailure, date?: string | null, options: ExtractOneOptions = {}): ExtractResult {
  if ('error' in input) return input;
  try {
    const dateSource = date ? 'option' : input.date ? (input.dateSource ?? 'input') : 'input';
    const record = extract(input.text, {
      id: input.id,
      date: date || input.date || null,
      dateSource,
      fallbackDate: input.fallbackDate,
      fallbackDateSource: input.fallbackDateSource,
      bodyOnly: !!input.source,
    });
    if (!input.source) return record;
    const page: ArticleRecord = { ...record, title: input.source.title ?? record.title, source: input.source };
    if (options.text !== false) page.text = stripBom(input.text);
    return page;
  } catch (err) {
    return { id: input.id, error: err instanceof Error ? err.message : String(err) };
  }
}
