import { describe, expect, it } from 'vitest';
import { averageScores, scorePage, shingles, tokenize } from '../../src/eval/score-shingles.js';

describe('tokenize and shingles (the benchmark rule)', () => {
  it('tokens are runs of letters, digits and _, case kept', () => {
    expect(tokenize('The U.S. signed — in São Paulo, 2019_a!')).toEqual(['The', 'U', 'S', 'signed', 'in', 'São', 'Paulo', '2019_a']);
  });
  it('4-token shingles as a multiset; 1 to 3 tokens make one shingle; none make none', () => {
    expect([...shingles(tokenize('a b c d a b c d')).values()]).toEqual([2, 1, 1, 1]);
    expect(shingles(tokenize('a b')).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage and averageScores', () => {
  const gold = 'one two three four five six';
  const rows: [string, string, number, number][] = [
    ['exact', 'one two three four five six', 1, 1],
    ['punctuation and paragraph breaks do not matter', 'one, two.\n\nthree four — five six', 1, 1],
    ['extra text lowers precision', 'one two three four five six seven eight', 3 / 5, 1],
    ['missing text lowers recall', 'one two three four five', 1, 2 / 3],
    ['nothing extracted', '', 0, 0],
  ];
  it.each(rows)('%s', (_, predicted, precision, recall) => {
    const s = scorePage(predicted, gold);
    expect(s.precision).toBeCloseTo(precision, 6);
    expect(s.recall).toBeCloseTo(recall, 6);
  });
  it('averages per page; a page with nothing extracted is left out of precision, counts 0 in recall', () => {
    const avg = averageScores([scorePage(gold, gold), scorePage('', gold)]);
    expect(avg.precision).toBe(1);
    expect(avg.recall).toBe(0.5);
    expect(avg.f1).toBeCloseTo(2 / 3, 6);
    expect(avg.accuracy).toBe(0.5);
  });
});
