// `wirescan queue retry`: failed jobs run again (after the cause was fixed: a mount, a file, more memory).
import type { OpenQueue } from './open-queue.js';

/** Put every failed job back to wait, its attempts counted afresh; how many there were. Re-adding cannot do it: a job that exists is left as it is. */
export async function retryFailedJobs(q: OpenQueue): Promise<number> {
  const failed = await q.queue.getJobCountByTypes('failed');
  if (failed) await q.queue.retryJobs({ state: 'failed' });
  return failed;
}
