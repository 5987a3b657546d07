// A job's input and result as Redis keeps them until `queue remove`: texts deflated (about a third of their
// size: Redis holds every job in memory), file paths and failures as they are.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { isFailure, type ArticleFile, type ArticleInput, type InputFailure } from '../input.js';
import type { FormattedRecord } from '../io/format-record.js';

/** A stored result: the record's three output texts, deflated and in base64 (a job's result must be JSON), or why the input failed. */
export type JobResult = { id: string; deflated: string } | InputFailure;

// Level 3: nearly level 6's size (the fixtures' results 2.9x smaller in base64, against 3.1x) in less time.
const LEVEL = 3;

/** An input as a job carries it: a file by its path, a failure as it is, a text (a JSONL line, stdin) deflated and in base64. */
export type JobInput = ArticleFile | InputFailure | (Omit<ArticleInput, 'text'> & { deflatedText: string });

/** Pack an input for a job. */
export function packInput(input: ArticleInput | ArticleFile | InputFailure): JobInput {
  if (!('text' in input)) return input;
  const { text, ...rest } = input;
  return { ...rest, deflatedText: deflateRawSync(text, { level: LEVEL }).toString('base64') };
}

/** The input a job carries. */
export function unpackInput(input: JobInput): ArticleInput | ArticleFile | InputFailure {
  if (!('deflatedText' in input)) return input;
  const { deflatedText, ...rest } = input;
  return { ...rest, text: inflateRawSync(Buffer.from(deflatedText, 'base64')).toString('utf8') };
}

/** Pack a formatted record (or a failure) for Redis. */
export function packResult(result: FormattedRecord | InputFailure): JobResult {
  if (isFailure(result)) return result;
  const texts = [result.json, result.mentionsCsv, result.agreementsCsv].map(String);
  return { id: result.id, deflated: deflateRawSync(JSON.stringify(texts), { level: LEVEL }).toString('base64') };
}

/** The formatted record (or failure) a stored result holds. */
export function unpackResult(result: JobResult): FormattedRecord | InputFailure {
  if (isFailure(result)) return result;
  const [json, mentionsCsv, agreementsCsv] = JSON.parse(inflateRawSync(Buffer.from(result.deflated, 'base64')).toString('utf8')) as string[];
  return { id: result.id, json, mentionsCsv, agreementsCsv };
}
