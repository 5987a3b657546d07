import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from '../../src/io/pack-records.js';
import type { FormattedRecord } from '../../src/io/format-record.js';
import type { InputFailure } from '../../src/input.js';

const batch: (FormattedRecord | InputFailure)[] = [
  { id: 'a', json: '{"id":"a","text":"Kyiv — Doha 😀"}', mentionsCsv: 'a,country,UA,Ukraine,Kyiv,0,4,0,UA\n', agreementsCsv: '' },
  { id: 'b', error: 'empty: no article text' },
  { id: 'c', json: '{}', mentionsCsv: '', agreementsCsv: 'c,agreement-1\n' },
  { id: 'd', json: '', mentionsCsv: '', agreementsCsv: '' },
];

/** A record's texts as strings (unpacked, they are UTF-8 bytes). */
const asText = (r: FormattedRecord | InputFailure) =>
  'error' in r ? r : { id: r.id, json: String(r.json), mentionsCsv: String(r.mentionsCsv), agreementsCsv: String(r.agreementsCsv) };

describe('packRecords / unpackRecords', () => {
  it('gives back every record and failure, in order, after crossing threads (buffer moved)', () => {
    const packed = packRecords(batch, new ArrayBuffer(1024));
    expect([...unpackRecords(structuredClone(packed, { transfer: [packed.buffer] }))].map(asText)).toEqual(batch);
  });
  it("a record's texts are views into the batch's buffer, not copies", () => {
    const packed = packRecords(batch, new ArrayBuffer(1024));
    const [first] = [...unpackRecords(packed)] as FormattedRecord[];
    expect(first.json).toBeInstanceOf(Buffer);
    expect((first.json as Buffer).buffer).toBe(packed.buffer);
    expect((first.mentionsCsv as Buffer).byteOffset).toBe(Buffer.byteLength((batch[0] as FormattedRecord).json));
  });
  it('packs into the buffer given when it is large enough', () => {
    const buffer = new ArrayBuffer(1024);
    expect(packRecords(batch, buffer).buffer).toBe(buffer);
  });
  it('a buffer too small is replaced by a larger one, nothing lost', () => {
    const packed = packRecords(batch, new ArrayBuffer(8));
    expect(packed.buffer.byteLength).toBeGreaterThan(8);
    expect([...unpackRecords(packed)].map(asText)).toEqual(batch);
  });
  it('an empty batch (negative): nothing back', () => {
    expect([...unpackRecords(packRecords([], new ArrayBuffer(0)))]).toEqual([]);
  });
});
