// `wirescan queue status`: how far a queue is.
import type { Queue } from 'bullmq';
import type { OpenQueue } from './open-queue.js';

/** A queue's jobs by state. `done` jobs include inputs that failed the same way everywhere (they are in errors.jsonl too). */
export interface QueueStatus {
  queue: string;
  /** Jobs added (the length of the add order). */
  added: number;
  waiting: number;
  active: number;
  /** Failed an attempt, waiting for the next one. */
  retrying: number;
  done: number;
  /** Failed after every attempt. */
  failed: number;
}

// BullMQ's states of a job that is not finished yet.
const UNFINISHED = ['waiting', 'prioritized', 'waiting-children', 'active', 'delayed'] as const;

/** Jobs of `queue` that are not finished (waiting, running, or due for a retry). */
export async function countUnfinished(queue: Queue): Promise<number> {
  return queue.getJobCountByTypes(...UNFINISHED);
}

/** Count a queue's jobs by state. */
export async function readStatus(q: OpenQueue): Promise<QueueStatus> {
  const [added, counts] = await Promise.all([q.redis.zcard(q.orderKey), q.queue.getJobCounts(...UNFINISHED, 'completed', 'failed')]);
  return {
    queue: q.name,
    added,
    waiting: counts.waiting + counts.prioritized + counts['waiting-children'],
    active: counts.active,
    retrying: counts.delayed,
    done: counts.completed,
    failed: counts.failed,
  };
}

/** Are all of the queue's jobs finished (done or failed)? */
export const isFinished = (s: QueueStatus) => s.waiting + s.active + s.retrying === 0 && s.done + s.failed >= s.added;

/** The status as one line: "queue NAME: 500 added | 120 waiting | 2 active | 1 retrying | 370 done | 7 failed". */
export function formatStatus(s: QueueStatus): string {
  return `queue ${s.queue}: ${s.added} added | ${s.waiting} waiting | ${s.active} active | ${s.retrying} retrying | ${s.done} done | ${s.failed} failed`;
}

/** A progress bar of finished jobs (done or failed) out of those added, `width` cells wide. */
export function formatBar(s: QueueStatus, width = 40): string {
  const finished = s.done + s.failed;
  const share = s.added ? Math.min(1, finished / s.added) : 1;
  const full = Math.round(share * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${finished}/${s.added} finished (${(share * 100).toFixed(1)}%)`;
}
