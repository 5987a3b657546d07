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
  /** Added (in the add order) but with no job: a `queue add` still under way, or one that was interrupted. */
  missing: number;
  /** A `queue add` is under way (or was killed less than 30 s ago). */
  adding: boolean;
}

// BullMQ's states of a job that is not finished yet.
const UNFINISHED = ['waiting', 'prioritized', 'waiting-children', 'active', 'delayed'] as const;

/** Jobs of `queue` that are not finished (waiting, running, or due for a retry). */
export async function countUnfinished(queue: Queue): Promise<number> {
  return queue.getJobCountByTypes(...UNFINISHED);
}

/** Count a queue's jobs by state. */
export async function readStatus(q: OpenQueue): Promise<QueueStatus> {
  // The counts come from one script (a consistent view); the order has an entry for every job wirescan added.
  const [added, adding, counts] = await Promise.all([q.redis.zcard(q.orderKey), q.redis.exists(q.addingKey), q.queue.getJobCounts(...UNFINISHED, 'completed', 'failed')]);
  const jobs = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    queue: q.name,
    added,
    waiting: counts.waiting + counts.prioritized + counts['waiting-children'],
    active: counts.active,
    retrying: counts.delayed,
    done: counts.completed,
    failed: counts.failed,
    missing: Math.max(0, added - jobs),
    adding: adding > 0,
  };
}

/** Are all of the queue's jobs finished (done or failed), and none missing? */
export const isFinished = (s: QueueStatus) => !s.adding && s.waiting + s.active + s.retrying === 0 && s.missing === 0 && s.done + s.failed >= s.added;

/** Will the queue never finish as it is: inputs added with no job, and no `queue add` under way to add them? */
export const isInterrupted = (s: QueueStatus) => !s.adding && s.missing > 0;

/** What to do about an interrupted `queue add`. */
export const interruptedMessage = (s: QueueStatus) =>
  `${s.missing} added input${s.missing === 1 ? ' has' : 's have'} no job (a queue add was interrupted: killed, or Redis refused it): run the same wirescan queue add again (inputs already there are left as they are)`;

/** The status as one line: "queue NAME: 500 added | 120 waiting | 2 active | 1 retrying | 370 done | 7 failed" (and "| 3 missing", "(queue add under way)"). */
export function formatStatus(s: QueueStatus): string {
  const line = `queue ${s.queue}: ${s.added} added | ${s.waiting} waiting | ${s.active} active | ${s.retrying} retrying | ${s.done} done | ${s.failed} failed`;
  return `${line}${s.missing ? ` | ${s.missing} missing` : ''}${s.adding ? ' (queue add under way)' : ''}`;
}

/** A progress bar of finished jobs (done or failed) out of those added, `width` cells wide. */
export function formatBar(s: QueueStatus, width = 40): string {
  const finished = s.done + s.failed;
  const share = s.added ? Math.min(1, finished / s.added) : 1;
  const full = Math.round(share * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${finished}/${s.added} finished (${(share * 100).toFixed(1)}%)`;
}
