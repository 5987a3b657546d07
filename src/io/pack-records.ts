import type { InputFailure } from '../input.js';
import type { FormattedRecord } from './format-record.js';

/**
 * A worker's formatted batch as one block of UTF-8 bytes in a buffer the two threads pass back and forth,
 * rather than as many strings: the thread that writes holds no batch on its JavaScript heap and, writing
 * each record's bytes straight from the buffer, makes no strings to collect (see unpackRecords).
 */
export interface PackedRecords {
  /** Each record's JSON line, mentions rows and agreements rows, one after another from byte 0. */
  buffer: ArrayBuffer;
  /** Each input's id, or its failure. */
  items: (string | InputFailure)[];
  /** The byte length of each packed text, three per record. */
  lengths: Uint32Array;
}

const TEXTS = ['json', 'mentionsCsv', 'agreementsCsv'] as const;

/** Pack a batch's records (and failures), in order, into `buffer`, or into a larger one when it is too small. */
export function packRecords(results: (FormattedRecord | InputFailure)[], buffer: ArrayBuffer): PackedRecords {
  const texts = results.flatMap((r) => ('error' in r ? [] : TEXTS.map((k) => r[k])));
  const lengths = Uint32Array.from(texts, (t) => Buffer.byteLength(t));
  const size = lengths.reduce((a, b) => a + b, 0);
  if (size > buffer.byteLength) buffer = new ArrayBuffer(Math.max(size, 2 * buffer.byteLength));
  const bytes = Buffer.from(buffer, 0, size);
  let at = 0;
  for (const t of texts) at += typeof t === 'string' ? bytes.write(t, at) : t.copy(bytes, at);
  return { buffer, items: results.map((r) => ('error' in r ? r : r.id)), lengths };
}

/**
 * The records (and failures) of a packed batch, in order. Each record's texts are views into `buffer`, not
 * copies: they are good until the buffer is reused, which the caller does only after the last one was used.
 */
export function* unpackRecords({ buffer, items, lengths }: PackedRecords): Generator<FormattedRecord | InputFailure> {
  const bytes = Buffer.from(buffer);
  let at = 0;
  let k = 0;
  const next = () => bytes.subarray(at, (at += lengths[k++]));
  for (const item of items) yield typeof item === 'string' ? { id: item, json: next(), mentionsCsv: next(), agreementsCsv: next() } : item;
}
