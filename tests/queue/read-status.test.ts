import { describe, expect, it } from 'vitest';
import { formatBar, formatStatus, isFinished, type QueueStatus } from '../../src/queue/read-status.js';

const status = (s: Partial<QueueStatus>): QueueStatus => ({ queue: 'q', added: 10, waiting: 0, active: 0, retrying: 0, done: 0, failed: 0, ...s });

describe('queue status', () => {
  const rows: [string, Partial<QueueStatus>, boolean, string][] = [
    ['nothing run yet', { waiting: 10 }, false, '[░░░░░░░░░░] 0/10 finished (0.0%)'],
    ['some running, some waiting', { waiting: 5, active: 2, done: 3 }, false, '[███░░░░░░░] 3/10 finished (30.0%)'],
    ['a retry due: not finished though nothing waits', { retrying: 1, done: 9 }, false, '[█████████░] 9/10 finished (90.0%)'],
    ['all done or failed', { done: 8, failed: 2 }, true, '[██████████] 10/10 finished (100.0%)'],
    ['a job missing from the queue (added, never there): not finished', { done: 9 }, false, '[█████████░] 9/10 finished (90.0%)'],
  ];
  it.each(rows)('%s', (_, counts, finished, bar) => {
    expect(isFinished(status(counts))).toBe(finished);
    expect(formatBar(status(counts), 10)).toBe(bar);
  });

  it('is one line of counts', () => {
    expect(formatStatus(status({ waiting: 4, active: 2, retrying: 1, done: 2, failed: 1 }))).toBe('queue q: 10 added | 4 waiting | 2 active | 1 retrying | 2 done | 1 failed');
  });
});
