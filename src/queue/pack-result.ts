// A job's result as Redis keeps it until `collect`: the formatted record deflated (about a third of its size:
// Redis holds every result in memory), or the failure as it is.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { isFailure, type InputFailure } from '../input.js';
import type { FormattedRecord } from '../io/format-record.js';

/** A stored result: the record's three output texts, deflated and in base64 (a job's result must be JSON), or why the input failed. */
export type JobResult = { id: string; deflated: string } | InputFailure;

// Level 3: nearly level 6's size (the fixtures' results 2.9x smaller in base64, against 3.1x) in less time.
const LEVEL = 3;

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
