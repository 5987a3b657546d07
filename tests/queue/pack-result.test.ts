import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRecord } from '../../src/io/format-record.js';
import { packInput, packResult, unpackInput, unpackResult } from '../../src/queue/pack-result.js';
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

describe('packInput', () => {
  it('a text (a JSONL line, stdin) is deflated, and unpacks to the same input', () => {
    const text = readFileSync('fixtures/asean-china-sea-code-talks.txt', 'utf8');
    const input = { id: '7', text, date: '2024-03-04' };
    const packed = packInput(input);
    expect(packed).not.toHaveProperty('text');
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(input).length * 0.7);
    expect(unpackInput(JSON.parse(JSON.stringify(packed)))).toEqual(input);
  });
  it.each([
    ['a file, by its path', { id: 'a.txt', path: '/data/a.txt', size: 10 }],
    ['a failure', { id: 'x:3', error: 'not a JSON object' }],
  ])('%s goes as it is (negative)', (_, input) => {
    expect(packInput(input)).toBe(input);
    expect(unpackInput(input)).toBe(input);
  });
});
