import type { ArticleRecord } from '../record.js';
import { isFailure, type ExtractResult, type InputFailure } from '../input.js';
import { stringify } from 'csv-stringify/sync';
import { AGREEMENT_COLUMNS, MENTION_COLUMNS, agreementRows, mentionRows } from './to-csv-rows.js';

/**
 * A record already turned into the text of each output file, so the thread that writes does no formatting.
 * Each text is a string, or, when it comes from a worker thread, its UTF-8 bytes: a view into the batch's
 * buffer (see unpackRecords), valid until the next record is asked for, to be written or copied before then.
 */
export interface FormattedRecord {
  id: string;
  /** The record as one line of JSON (no line break). */
  json: FormattedText;
  /** Its rows of mentions.csv (no header). */
  mentionsCsv: FormattedText;
  /** Its rows of agreements.csv (no header). */
  agreementsCsv: FormattedText;
}

/** Text for an output file: a string, or its UTF-8 bytes. */
export type FormattedText = string | Buffer;

/** CSV text for rows, with spreadsheet-formula escaping; the header only when asked. */
export function csvText(rows: object[], columns: readonly string[], header: boolean): string {
  if (!rows.length && !header) return '';
  return stringify(rows as Record<string, unknown>[], { header, columns: [...columns], escape_formulas: true });
}

/** The header lines of mentions.csv and agreements.csv. */
export const MENTIONS_HEADER = csvText([], MENTION_COLUMNS, true);
export const AGREEMENTS_HEADER = csvText([], AGREEMENT_COLUMNS, true);

/** A record's rows of mentions.csv and agreements.csv. */
export function formatCsv(record: ArticleRecord): Pick<FormattedRecord, 'mentionsCsv' | 'agreementsCsv'> {
  return {
    mentionsCsv: csvText(mentionRows(record), MENTION_COLUMNS, false),
    agreementsCsv: csvText(agreementRows(record), AGREEMENT_COLUMNS, false),
  };
}

/** Format a record for every output file. */
export function formatRecord(record: ArticleRecord): FormattedRecord {
  return { id: record.id, json: JSON.stringify(record), ...formatCsv(record) };
}

/** Format a record for every output file; a failure stays as it is. */
export const formatResult = (result: ExtractResult): FormattedRecord | InputFailure => (isFailure(result) ? result : formatRecord(result));
