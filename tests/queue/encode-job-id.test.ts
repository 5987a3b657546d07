import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeJobId } from '../../src/queue/encode-job-id.js';

describe('encodeJobId', () => {
  const rows: [string, string, number, string][] = [
    ['a path is its own job id', 'part-1/article-0001.txt', 1, 'part-1/article-0001.txt'],
    ["':' (BullMQ's key separator) is escaped", 'stdin:4', 1, 'stdin%3A4'],
    ["'%' is escaped, so an escape in an id stays apart", 'x%3Ay', 1, 'x%253Ay'],
    ['a whole number (BullMQ refuses it) gets a leading %n', '42', 1, '%n42'],
    ['so does a negative one', '-7', 1, '%n-7'],
    ['and "0"', '0', 1, '%n0'],
    ['an empty id (BullMQ would make up an id) is "%n"', '', 1, '%n'],
    ['a number with more after it is no whole number', '42.txt', 1, '42.txt'],
    ['the second input with the same id in one add gets %d2', 'article-1.txt', 2, 'article-1.txt%d2'],
    ['after the marker of a whole number', '42', 3, '%n42%d3'],
  ];
  it.each(rows)('%s', (_, id, occurrence, jobId) => {
    expect(encodeJobId(id, occurrence)).toBe(jobId);
  });

  it('the ids that collided before (an escape read as a marker) stay apart (negative)', () => {
    for (const [a, b] of [['25', '%'], ['2542', '%42'], ['250', '%0'], ['42', '%n42'], ['a%d2', 'a']]) {
      expect(encodeJobId(a), `${a} / ${b}`).not.toBe(encodeJobId(b));
    }
    expect(encodeJobId('a%d2')).not.toBe(encodeJobId('a', 2));
  });

  // Ids from an alphabet that holds every character of the escapes and markers, so near-collisions are common.
  const id = fc.string({ unit: fc.constantFrom('%', '2', '5', '3', 'A', ':', '0', '-', 'n', 'd', 'x'), maxLength: 7 });
  const occurrence = fc.integer({ min: 1, max: 30 });

  it('never gives two (id, occurrence) pairs the same job id', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(id, occurrence), { selector: ([i, n]) => `${n}\u0000${i}`, minLength: 2, maxLength: 40 }), (pairs) => {
      const jobIds = new Set(pairs.map(([i, n]) => encodeJobId(i, n)));
      expect(jobIds.size).toBe(pairs.length);
    }), { numRuns: 2000 });
  });

  it('never gives a job id BullMQ refuses: none has ":", none is empty or a whole number', () => {
    fc.assert(fc.property(id, occurrence, (i, n) => {
      const jobId = encodeJobId(i, n);
      expect(jobId).not.toMatch(/:/);
      expect(jobId).not.toBe('');
      expect(String(parseInt(jobId, 10))).not.toBe(jobId);
    }), { numRuns: 2000 });
  });

  it('is the same for the same pair (re-adding finds the same job)', () => {
    fc.assert(fc.property(fc.string(), occurrence, (i, n) => encodeJobId(i, n) === encodeJobId(i, n)));
  });
});
