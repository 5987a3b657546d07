import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from '../../src/io/pack-records.js';
import type { FormattedRecord } from '../../src/io/format-record.js';
import type { InputFailure } from '../../src/extract-all.js';

const batch: (FormattedRecord | InputFailure)[] = [
  { id: 'a', json: '{"id":"a","text":"Kyiv — Doha 😀"}', mentionsCsv: 'a,country,UA,Ukraine,Kyiv,0,4,0,UA\n', agreementsCsv: '' },
  { id: 'b', error: 'empty: no article text' },
  { id: 'c', json: '{}', mentionsCsv: '', agreementsCsv: 'c,agreement-1\n' },
  { id: 'd', json: '', mentionsCsv: '', agreementsCsv: '' },
];

describe('packRecords / unpackRecords', () => {
  it('gives back every record and failure, in order, after crossing threads (buffer moved)', () => {
    const packed = packRecords(batch, new ArrayBuffer(1024));
    expect([...unpackRecords(structuredClone(packed, { transfer: [packed.buffer] }))]).toEqual(batch);
  });
  it('packs into the buffer given when it is large enough', () => {
    const buffer = new ArrayBuffer(1024);
    expect(packRecords(batch, buffer).buffer).toBe(buffer);
  });
  it('a buffer too small is replaced by a larger one, nothing lost', () => {
    const packed = packRecords(batch, new ArrayBuffer(8));
    expect(packed.buffer.byteLength).toBeGreaterThan(8);
    expect([...unpackRecords(packed)]).toEqual(batch);
  });
  it('an empty batch (negative): nothing back', () => {
    expect([...unpackRecords(packRecords([], new ArrayBuffer(0)))]).toEqual([]);
  });
});
