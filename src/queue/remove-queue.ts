// `wirescan queue remove`: delete a queue, its jobs and results, and wirescan's order beside them.
import type { OpenQueue } from './open-queue.js';

/** Delete every job of the queue (even running ones) and its add order; adding the same inputs again then makes new jobs. */
export async function removeQueue(q: OpenQueue): Promise<void> {
  await q.queue.obliterate({ force: true });
  await q.redis.del(q.orderKey, q.seqKey);
}
