// What the extraction core takes in and gives back, shared by every driver (CLI, worker threads, queue).
import type { ArticleRecord } from './record.js';

/** One article to extract: its id, text and (optionally) its own reference date. */
export interface ArticleInput {
  id: string;
  text: string;
  date?: string | null;
}

/** An article still in its file (UTF-8, or UTF-16 with a BOM), read where it is extracted. */
export interface ArticleFile {
  id: string;
  /** The file, absolute. */
  path: string;
  /** Its size in bytes (for batching). */
  size: number;
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
