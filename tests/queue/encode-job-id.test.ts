import { describe, expect, it } from 'vitest';
import { encodeJobId } from '../../src/queue/encode-job-id.js';

describe('encodeJobId', () => {
  const rows: [string, string, string][] = [
    ['a path is its own job id', 'part-1/article-0001.txt', 'part-1/article-0001.txt'],
    ["':' (BullMQ's key separator) is escaped", 'stdin:4', 'stdin%3A4'],
    ["'%' is escaped, so an escape in an id stays apart", 'x%3Ay', 'x%253Ay'],
    ['a whole number (BullMQ refuses it) gets a leading %', '42', '%42'],
    ['so does a negative one', '-7', '%-7'],
    ['and "0"', '0', '%0'],
    ['an empty id (BullMQ would make up an id) is "%"', '', '%'],
    ['a number with more after it is no whole number', '42.txt', '42.txt'],
  ];
  it.each(rows)('%s', (_, id, jobId) => {
    expect(encodeJobId(id)).toBe(jobId);
  });

  it('never gives two ids the same job id, nor a job id BullMQ refuses (negative: ":", whole numbers, empty)', () => {
    const ids = ['a:b', 'a%3Ab', 'a%253Ab', '42', '%42', '%2542', '', '%', '%25', ':', '%3A', '0:1', '007', '7'];
    const jobIds = ids.map(encodeJobId);
    expect(new Set(jobIds).size).toBe(ids.length);
    for (const jobId of jobIds) {
      expect(jobId).not.toMatch(/:/);
      expect(jobId).not.toBe('');
      expect(String(parseInt(jobId, 10))).not.toBe(jobId);
    }
  });
});
