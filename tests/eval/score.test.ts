import { describe, expect, it } from 'vitest';
import { figures, tallyCoverage, tallyOneToOne, overlaps } from '../../src/eval/score.js';

const s = (start: number, end: number) => ({ start, end });

describe('tallyOneToOne', () => {
  it('pairs each gold span with at most one prediction', () => {
    const t = tallyOneToOne([s(0, 10)], [s(0, 4), s(5, 10)], overlaps);
    expect(t).toEqual({ predicted: 2, gold: 1, correctPredicted: 1, correctGold: 1 });
    expect(figures(t)).toMatchObject({ precision: 0.5, recall: 1 });
  });
  it('touching spans do not match (negative)', () => {
    expect(tallyOneToOne([s(0, 5)], [s(5, 9)], overlaps).correctGold).toBe(0);
  });
});

describe('tallyCoverage', () => {
  it('recall by coverage, precision against targets', () => {
    const t = tallyCoverage([s(0, 5), s(20, 25)], [s(0, 5), s(40, 45)], [s(0, 5), s(30, 35)]);
    expect(t).toEqual({ predicted: 2, gold: 2, correctPredicted: 1, correctGold: 1 });
  });
});

describe('figures', () => {
  it('is zero, not NaN, with nothing to count', () => {
    expect(figures({ predicted: 0, gold: 0, correctPredicted: 0, correctGold: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
