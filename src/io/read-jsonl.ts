import type { Readable } from 'node:stream';
import type { ArticleInput, InputFailure } from '../input.js';
import { checkText, decodeText } from './decode-text.js';
import { describe } from './describe-error.js';

/** Lines of a byte stream, split on \n (a trailing \r dropped), as bytes: decoding is each line's own. */
export async function* readLines(stream: Readable): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      yield buf.subarray(0, nl > 0 && buf[nl - 1] === 0x0d ? nl - 1 : nl);
      buf = buf.subarray(nl + 1);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) yield rest;
}

/**
 * One input per line: {"id","text","date"?}. A line that is not valid UTF-8, not such an object, or over
 * `maxBytes` is a failure named FILE:LINE; the other lines go on. A leading byte-order mark is dropped.
 */
export async function* readJsonl(name: string, stream: Readable, maxBytes?: number): AsyncGenerator<ArticleInput | InputFailure> {
  let n = 0;
  try {
    for await (const bytes of readLines(stream)) {
      const where = `${name}:${++n}`;
      if (maxBytes !== undefined && bytes.length > maxBytes) {
        yield { id: where, error: `line of ${bytes.length} bytes is over --max-bytes ${maxBytes}` };
        continue;
      }
      let line: string;
      try {
        line = bytes.length ? decodeText(bytes) : '';
      } catch (err) {
        if (/white space|empty/.test(describe(err))) continue;
        yield { id: where, error: describe(err) };
        continue;
      }
      if (line.trim()) yield parseJsonLine(line, where);
    }
  } catch (err) {
    yield { id: name, error: describe(err) };
  }
}

/** One JSONL input line: {"id","text","date"?}; anything else is a failure named by file and line. */
export function parseJsonLine(line: string, where: string): ArticleInput | InputFailure {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: where, error: 'not a JSON object: expected {"id","text","date"?}' };
  }
  const obj = value as { id?: unknown; text?: unknown; date?: unknown };
  if (!obj || typeof obj !== 'object' || typeof obj.text !== 'string') {
    return { id: where, error: 'expected {"id","text","date"?} with "text" a string' };
  }
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : where;
  if (obj.date !== undefined && obj.date !== null && typeof obj.date !== 'string') return { id, error: '"date" must be "YYYY-MM-DD"' };
  try {
    return { id, text: checkText(obj.text), date: (obj.date as string | null | undefined) ?? null };
  } catch (err) {
    return { id, error: describe(err) };
  }
}
