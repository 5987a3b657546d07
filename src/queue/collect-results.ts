// `wirescan collect`: the results of a queue's jobs, in the order they were added, written as `extract --out` writes them.
import type { Job } from 'bullmq';
import { isFailure, type InputFailure } from '../input.js';
import type { FormattedRecord } from '../io/format-record.js';
import { openOutputFolder } from '../io/write-outputs.js';
import type { ExtractJobData, OpenQueue } from './open-queue.js';
import { unpackResult, type JobResult } from './pack-result.js';
import { formatStatus, interruptedMessage, isFinished, isInterrupted, readStatus, type QueueStatus } from './read-status.js';

/** The queue's jobs are not all finished, or it has none: nothing was written. */
export class NotFinishedError extends Error {}

/** How results are collected. */
export interface CollectOptions {
  /** Wait until every job is finished (default: refuse while some are not). */
  wait?: boolean;
  /** While waiting: how often to look, and what to tell. */
  pollMs?: number;
  onStatus?: (status: QueueStatus) => void;
  /** Once the folder is opened (its files emptied): from then on an error leaves it incomplete. */
  onOpen?: () => void;
  /** After each result is written (for a progress bar and the failure lines). */
  onResult?: (result: FormattedRecord | InputFailure) => void;
}

/** What was written. */
export interface CollectSummary {
  ok: number;
  failed: number;
}

// Jobs fetched from Redis at a time (one round trip: the reads are sent together).
const CHUNK = 500;

/**
 * Write every job's result into `dir` (articles.jsonl, mentions.csv, agreements.csv, errors.jsonl) in the
 * order of `queue add`, through the same writer as `extract --out`: byte for byte the files of a local run on
 * the same inputs. A job failed after all its attempts is an error line with its reason.
 */
export async function collectResults(q: OpenQueue, dir: string, options: CollectOptions = {}): Promise<CollectSummary> {
  await waitUntilFinished(q, options);
  const { sink } = await openOutputFolder(dir);
  options.onOpen?.();
  const summary: CollectSummary = { ok: 0, failed: 0 };
  try {
    for (let start = 0; ; start += CHUNK) {
      const ids = await q.redis.zrange(q.orderKey, start, start + CHUNK - 1);
      if (!ids.length) break;
      const jobs = await Promise.all(ids.map((id) => q.queue.getJob(id)));
      for (const [i, job] of jobs.entries()) {
        const result = unpackResult(resultOf(job, ids[i]));
        if (isFailure(result)) summary.failed++;
        else summary.ok++;
        await sink.write(result);
        options.onResult?.(result);
      }
    }
  } finally {
    await sink.close();
  }
  return summary;
}

/** Return once every job is finished; refuse (or, with `wait`, wait) while some are not or a `queue add` is under way; refuse a queue that can never finish. */
async function waitUntilFinished(q: OpenQueue, options: CollectOptions): Promise<void> {
  for (;;) {
    const status = await readStatus(q);
    if (!status.added && !status.adding) throw new NotFinishedError(`queue ${q.name} holds no jobs: add some with wirescan queue add INPUT... --queue ${q.name}`);
    if (isFinished(status)) return;
    if (isInterrupted(status)) throw new NotFinishedError(`${formatStatus(status)}: ${interruptedMessage(status)}`);
    if (!options.wait) {
      const adding = status.adding ? 'a queue add is under way; ' : '';
      throw new NotFinishedError(`${formatStatus(status)}: not all finished; ${adding}run workers (wirescan worker --queue ${q.name}), or collect --wait`);
    }
    options.onStatus?.(status);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
  }
}

/** A finished job's result: its record or failure, or the reason it failed after every attempt. */
function resultOf(job: Job<ExtractJobData, JobResult> | undefined, jobId: string): JobResult {
  if (!job) throw new NotFinishedError(`job ${jobId} is in the add order but not in the queue (removed?): run wirescan queue add again`);
  if (job.returnvalue && typeof job.returnvalue === 'object') return job.returnvalue;
  if (job.finishedOn && job.failedReason) return { id: job.data.input.id, error: job.failedReason } satisfies InputFailure;
  throw new NotFinishedError(`job ${jobId} (${job.data.input.id}) is not finished any more (retried?): collect again when it is`);
}
