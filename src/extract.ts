import type { Ctx, Doc } from './doc.js';
import { runPipeline, runPipelineGroup, type PipelineInput } from './pipeline.js';
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

/** An article's id, text (without a byte-order mark) and context, from `extract`'s options; throws on a bad text or date. */
function articleOf(text: string, options: ExtractOptions): PipelineInput {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  if (options.date) checkDate(options.date);
  if (options.fallbackDate) checkDate(options.fallbackDate);
  const ctx: Ctx = {
    date: options.date ?? null,
    dateSource: options.dateSource ?? 'option',
    ...(options.fallbackDate && { fallbackDate: options.fallbackDate, fallbackDateSource: options.fallbackDateSource }),
    ...(options.bodyOnly && { bodyOnly: true }),
  };
  return { id: options.id ?? 'stdin', text: stripBom(text), ctx };
}

/** Extract one article's record from its text. */
export function extract(text: string, options: ExtractOptions = {}): ArticleRecord {
  const article = articleOf(text, options);
  return buildRecord(runPipeline(article.id, article.text, article.ctx));
}

/** Options for a batch input. */
export interface ExtractOneOptions {
  /** Keep a page's extracted text in its record (`text`, default true); false is `--no-text`. */
  text?: boolean;
}

/**
 * Extract one batch input, `date` (when given) overriding the input's own; an error becomes a failure
 * naming the input, never a throw. Every driver (in-thread, worker threads, queue workers) calls this (or
 * `extractMany`, for a batch) and formats the result itself. A page's text is its body alone (no first line read
 * as a headline); its record gets the page's headline as `title`, its `source`, and (unless `options.text` is
 * false) the `text` its offsets point into.
 */
export function extractOne(input: ArticleInput | InputFailure, date?: string | null, options: ExtractOneOptions = {}): ExtractResult {
  return extractMany([input], date, options)[0];
}

/** The text of articles run through the stages together (see runPipelineGroup); a longer article is a group alone. */
const GROUP_CHARS = 32 * 1024;

/**
 * Extract batch inputs: the same results, in the same order, as `extractOne` gives each, but the stages run over
 * groups of articles (up to GROUP_CHARS of text), one stage at a time over the group, which is faster. `inputs` is
 * read as the groups fill (an iterable that reads each file when asked holds at most one group of texts at a time).
 */
export function extractMany(inputs: Iterable<ArticleInput | InputFailure>, date?: string | null, options: ExtractOneOptions = {}): ExtractResult[] {
  const results: ExtractResult[] = [];
  let group: { at: number; input: ArticleInput; article: PipelineInput }[] = [];
  let chars = 0;
  const runGroup = () => {
    const docs = runPipelineGroup(group.map((g) => g.article));
    group.forEach((g, n) => {
      const doc = docs[n];
      results[g.at] = doc instanceof Error ? failure(g.input, doc) : recordOf(g.input, doc, options);
    });
    group = [];
    chars = 0;
  };
  let at = 0;
  for (const input of inputs) {
    const here = at++;
    if ('error' in input) {
      results[here] = input;
      continue;
    }
    let article: PipelineInput;
    try {
      article = articleOf(input.text, optionsOf(input, date));
    } catch (err) {
      results[here] = failure(input, err);
      continue;
    }
    if (group.length && chars + article.text.length > GROUP_CHARS) runGroup();
    group.push({ at: here, input, article });
    chars += article.text.length;
  }
  if (group.length) runGroup();
  return results;
}

/** `extract`'s options for a batch input, `date` (when given) overriding the input's own. */
function optionsOf(input: ArticleInput, date: string | null | undefined): ExtractOptions {
  const dateSource = date ? 'option' : input.date ? (input.dateSource ?? 'input') : 'input';
  return {
    id: input.id,
    date: date || input.date || null,
    dateSource,
    fallbackDate: input.fallbackDate,
    fallbackDateSource: input.fallbackDateSource,
    bodyOnly: !!input.source,
  };
}

/** A batch input's record from its doc: a page's gets its title, source and (unless options.text is false) text. */
function recordOf(input: ArticleInput, doc: Doc, options: ExtractOneOptions): ExtractResult {
  try {
    const record = buildRecord(doc);
    if (!input.source) return record;
    const page: ArticleRecord = { ...record, title: input.source.title ?? record.title, source: input.source };
    if (options.text !== false) page.text = stripBom(input.text);
    return page;
  } catch (err) {
    return failure(input, err);
  }
}

/** A failure naming the input, with the error's message. */
const failure = (input: ArticleInput, err: unknown): InputFailure => ({ id: input.id, error: err instanceof Error ? err.message : String(err) });
