// `wirescan queue remove`: delete a queue, its jobs and results, and wirescan's keys beside them.
import { orderKeys, type OpenQueue } from './open-queue.js';

/** Delete every job of the queue (even running ones) and its add order; adding the same inputs again then makes new jobs. */
export async function removeQueue(q: OpenQueue): Promise<void> {
  await q.queue.obliterate({ force: true });
  await q.redis.del(...Object.values(orderKeys(q.name)));
}
