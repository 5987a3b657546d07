// `wirescan queue retry`: failed jobs run again (after the cause was fixed: a mount, a file, more memory).
import type { OpenQueue } from './open-queue.js';

// Failed jobs handled at a time.
const CHUNK = 100;

// BullMQ's retry forgets the attempts made but not the stalls ('stc'): a job failed for stalling would fail
// again at its first stall. Reset it while the job is still failed (no worker can hold it then).
const RESET_STALLS = `if redis.call('ZSCORE', KEYS[1], ARGV[1]) then redis.call('HSET', KEYS[2], 'stc', 0) end`;

/**
 * Put every failed job back to wait with its attempts (and stalls) counted afresh; how many there were. Re-adding
 * cannot do it: a job that exists is left as it is. A job that left the failed set meanwhile is skipped.
 */
export async function retryFailedJobs(q: OpenQueue): Promise<number> {
  const ids = await q.queue.getRanges(['failed'], 0, -1, true);
  let retried = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    await Promise.all(ids.slice(start, start + CHUNK).map(async (id) => {
      await q.redis.eval(RESET_STALLS, 2, q.queue.keys.failed, q.queue.toKey(id), id);
      const job = await q.queue.getJob(id);
      try {
        await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        if (job) retried++;
      } catch (err) {
        if (!/is not in the failed state|Missing key for job/.test((err as Error).message)) throw err;
      }
    }));
  }
  return retried;
}
