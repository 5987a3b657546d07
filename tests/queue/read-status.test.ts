import { describe, expect, it } from 'vitest';
import { formatBar, formatStatus, isFinished, isInterrupted, type QueueStatus } from '../../src/queue/read-status.js';

const status = (s: Partial<QueueStatus>): QueueStatus => ({ queue: 'q', added: 10, waiting: 0, active: 0, retrying: 0, done: 0, failed: 0, missing: 0, adding: false, ...s });

describe('queue status', () => {
  const rows: [string, Partial<QueueStatus>, boolean, boolean, string][] = [
    ['nothing run yet', { waiting: 10 }, false, false, '[░░░░░░░░░░] 0/10 finished (0.0%)'],
    ['some running, some waiting', { waiting: 5, active: 2, done: 3 }, false, false, '[███░░░░░░░] 3/10 finished (30.0%)'],
    ['a retry due: not finished though nothing waits', { retrying: 1, done: 9 }, false, false, '[█████████░] 9/10 finished (90.0%)'],
    ['all done or failed', { done: 8, failed: 2 }, true, false, '[██████████] 10/10 finished (100.0%)'],
    ['all done so far, but a queue add is under way: not finished', { done: 10, adding: true }, false, false, '[██████████] 10/10 finished (100.0%)'],
    ['an input added with no job, no add under way: interrupted, never finished', { done: 9, missing: 1 }, false, true, '[█████████░] 9/10 finished (90.0%)'],
    ['the same while workers still run: interrupted already', { waiting: 3, done: 6, missing: 1 }, false, true, '[██████░░░░] 6/10 finished (60.0%)'],
    ['an input with no job yet while a queue add is under way: not interrupted', { done: 9, missing: 1, adding: true }, false, false, '[█████████░] 9/10 finished (90.0%)'],
  ];
  it.each(rows)('%s', (_, counts, finished, interrupted, bar) => {
    expect(isFinished(status(counts))).toBe(finished);
    expect(isInterrupted(status(counts))).toBe(interrupted);
    expect(formatBar(status(counts), 10)).toBe(bar);
  });

  it('is one line of counts', () => {
    expect(formatStatus(status({ waiting: 4, active: 2, retrying: 1, done: 2, failed: 1 }))).toBe('queue q: 10 added | 4 waiting | 2 active | 1 retrying | 2 done | 1 failed');
  });
  it('names what is missing, and an add under way', () => {
    expect(formatStatus(status({ done: 7, missing: 3, adding: true }))).toBe('queue q: 10 added | 0 waiting | 0 active | 0 retrying | 7 done | 0 failed | 3 missing (queue add under way)');
  });
});
