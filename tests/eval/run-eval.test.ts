import { describe, expect, it } from 'vitest';
import { evaluate, type Extractor } from '../../src/eval/run-eval.js';
import { extract } from '../../src/extract.js';
import type { GoldDoc } from '../../src/eval/read-gold.js';

const text = 'President Ana Ruiz of Chile spoke on Monday.';
const doc = (id: string): GoldDoc => ({ id, text, dct: '2024-05-06', entities: [{ start: 10, end: 18, label: 'per', text: 'Ana Ruiz' }] });

describe('evaluate: a document that throws', () => {
  const throwsOnB: Extractor = (t, options) => {
    if (options.id === 'b') throw new Error('boom');
    return extract(t, options);
  };
  const report = evaluate('gold/x/dev.jsonl', [doc('a'), doc('b'), doc('c')], throwsOnB);

  it('is listed as a failure with its reason, and the other documents are still scored', () => {
    expect(report.failures).toEqual([{ id: 'b', error: 'boom' }]);
    expect(report.docs).toBe(3);
    expect(report.scores['people.precision']).toBe(1);
  });
  it('counts as finding nothing: its gold is missed', () => {
    expect(report.scores['people.recall']).toBeCloseTo(2 / 3);
  });
  it('no failures when nothing throws (negative)', () => {
    expect(evaluate('gold/x/dev.jsonl', [doc('a')]).failures).toEqual([]);
  });
});
