import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRecord } from '../../src/io/format-record.js';
import { packResult, unpackResult } from '../../src/queue/pack-result.js';
import type { ArticleRecord } from '../../src/record.js';

const records = readFileSync('output/articles.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArticleRecord);

describe('packResult', () => {
  it.each(records.map((r) => [r.id, r] as const))('%s: unpacks to the same texts, under 40% of their size', (_, record) => {
    const formatted = formatRecord(record);
    const packed = packResult(formatted);
    expect(unpackResult(JSON.parse(JSON.stringify(packed)))).toEqual(formatted);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(formatted).length * 0.4);
  });
  it('keeps a failure as it is (negative: nothing deflated)', () => {
    const failure = { id: 'a:b', error: 'empty: no article text' };
    expect(packResult(failure)).toEqual(failure);
    expect(unpackResult(failure)).toEqual(failure);
  });
  it('keeps texts with every kind of character', () => {
    const formatted = { id: 'x', json: '{"t":"é ✓ \\u0000 \\n"}', mentionsCsv: 'x,"a ""b""",\r\n', agreementsCsv: '' };
    expect(unpackResult(packResult(formatted))).toEqual(formatted);
  });
});
