// What the extraction core takes in and gives back, shared by every driver (CLI, worker threads, queue).
import type { ArticleRecord, SourceRecord } from './record.js';
import type { DateSource } from './doc.js';

/** One article to extract: its id, text and (optionally) its own reference date. */
export interface ArticleInput {
  id: string;
  text: string;
  date?: string | null;
  /** Where `date` came from, when not the input's own field ("input"): the page's metadata. */
  dateSource?: Exclude<DateSource, 'option' | 'dateline'>;
  /** The reference date when neither `date` nor the article's dateline gives one (a WARC record's WARC-Date), YYYY-MM-DD. */
  fallbackDate?: string | null;
  /** Where `fallbackDate` came from ("warc-date"). */
  fallbackDateSource?: Exclude<DateSource, 'option' | 'dateline'>;
  /** The page the text was taken from (HTML and WARC inputs); the record then carries it, and the text. */
  source?: SourceRecord;
}

/**
 * An article still in its file, read where it is extracted: text (UTF-8, or UTF-16 with a BOM), or an HTML
 * page (`format: "html"`, gzip-compressed or not).
 */
export interface ArticleFile {
  id: string;
  /** The file, absolute. */
  path: string;
  /** Its size in bytes (for batching). */
  size: number;
  /** "html": a page whose article is extracted from its markup; text when absent. */
  format?: 'html';
  /** Refuse the page over this many bytes once decompressed. */
  maxBytes?: number;
}

/** An HTML page's bytes (a WARC record's payload, or stdin), read where it is extracted. */
export interface ArticlePage {
  id: string;
  format: 'html';
  bytes: Uint8Array;
  /** Its size in bytes (for batching). */
  size: number;
  /** The URL it was fetched from. */
  url?: string | null;
  /** The HTTP Content-Type it was served with. */
  contentType?: string | null;
  /** The HTTP Content-Encoding `bytes` are in (gzip, deflate, br), undone where the page is read. */
  contentEncoding?: string | null;
  /** The reference date when neither the page nor its dateline gives one (a WARC record's WARC-Date), YYYY-MM-DD. */
  fallbackDate?: string | null;
  /** Refuse the page over this many bytes once decompressed. */
  maxBytes?: number;
}

/** An input that could not be read or extracted, with the reason. */
export interface InputFailure {
  id: string;
  error: string;
}

/** What extraction yields for each input: its record, or why it failed. */
export type ExtractResult = ArticleRecord | InputFailure;

/** Is this item a failure rather than a record? */
export const isFailure = <T extends object>(item: T | InputFailure): item is InputFailure => 'error' in item;
