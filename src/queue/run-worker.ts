// `wirescan worker`: take extraction jobs from a queue until stopped, each in a sandboxed worker thread.
import { hostname } from 'node:os';
import { Child, Queue, Worker } from 'bullmq';
import { workerHeapMb } from '../extract-all.js';
import { answerWithin, connectWorkerRedis, RedisUnavailableError, showUrl } from './connect-redis.js';
import type { JobResult } from './pack-result.js';
import type { Redis } from 'ioredis';
import { DEFAULT_MAX_BYTES } from '../parse-options.js';
import { EVENTS_KEPT, orderKeys, type ExtractJobData } from './open-queue.js';
import { countUnfinished } from './read-status.js';

/** How a worker runs. */
export interface WorkerOptions {
  url: string;
  queue: string;
  /** Jobs at once, each in its own worker thread. */
  concurrency: number;
  /** A job's lock, renewed at half this while it runs; a job whose lock lapses (its worker died) is stalled. */
  lockDurationMs: number;
  /** How often this worker looks for stalled jobs (of any worker) and puts them back to wait. */
  stalledIntervalMs: number;
  /** Stalls a job may have (its worker killed while it ran) before it is failed. */
  maxStalledCount: number;
  /**
   * The largest article expected, in bytes: sets each thread's heap limit, as for `extract` (default: the largest
   * `--max-bytes` of the queue's `queue add` runs, else 2 MiB).
   */
  maxArticleBytes?: number;
  /** Stop once no job is waiting, running or due for a retry (default: run until `signal`). */
  untilEmpty?: boolean;
  /** With `untilEmpty`: give up (throw `RedisUnavailableError`) when Redis has not answered for this long (default 5 minutes). */
  giveUpMs?: number;
  /** The name stored on each job this worker takes (default host-pid). */
  name?: string;
  /** Lines for stderr: failures, lost connections. */
  log: (message: string) => void;
}

/** What a worker did. */
export interface WorkerSummary {
  done: number;
  failed: number;
}

// BullMQ 6 passes a sandbox thread's 'error' (running out of heap) on to its Child, which has no listener: the
// throw would end this process, with its other jobs, inside Node's handling of the thread's exit, so the job
// would never be failed. With a listener, the exit fails the job as for any crash ("Unexpected exit code"),
// and it is retried, then failed.
// Checked for BullMQ 6.7.6; should a later version rename what is wrapped here, fail at once rather than lose jobs.
const initChild = Child.prototype.init;
if (typeof initChild !== 'function') throw new Error('wirescan worker: bullmq\'s Child.prototype.init is gone (a BullMQ upgrade?): the sandbox crash workaround in run-worker.ts needs a look');
Child.prototype.init = function (this: InstanceType<typeof Child>) {
  if (!this.listenerCount('error')) this.on('error', () => {});
  return initChild.call(this);
};

// How often `untilEmpty` looks at the queue, and how long it waits for a lost Redis.
const EMPTY_CHECK_MS = 500;
const GIVE_UP_MS = 5 * 60_000;

/** The article size to size the threads' heap for: the worker's own, else the queue's (warning when the worker's is smaller). */
async function heapFor(redis: Redis, options: WorkerOptions): Promise<number> {
  const queued = Number(await redis.hget(orderKeys(options.queue).settingsKey, 'maxBytes')) || undefined;
  if (options.maxArticleBytes && queued && options.maxArticleBytes < queued) {
    options.log(`wirescan worker: --max-bytes ${options.maxArticleBytes} is below the queue's (${queued}, from queue add): its larger articles may exhaust a thread's heap`);
  }
  return options.maxArticleBytes ?? queued ?? DEFAULT_MAX_BYTES;
}

/** Run a worker until `signal` is aborted (or, with `untilEmpty`, the queue is empty); it finishes its running jobs first. */
export async function runWorker(options: WorkerOptions, signal?: AbortSignal): Promise<WorkerSummary> {
  const redis = await connectWorkerRedis(options.url, options.log);
  // Until the try below owns it, a failure here must close the connection itself (it would keep the process alive).
  const maxBytes = await heapFor(redis, options).catch((err: unknown) => {
    redis.disconnect();
    throw err;
  });
  // Compiled, the task is dist/queue/extract-job.js; under tsx (development), the .ts beside this file.
  const task = new URL(`./extract-job${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const worker = new Worker<ExtractJobData, JobResult>(options.queue, task, {
    connection: redis,
    name: options.name ?? `${hostname()}-${process.pid}`,
    concurrency: options.concurrency,
    useWorkerThreads: true,
    workerThreadsOptions: { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(maxBytes), maxYoungGenerationSizeMb: 16 } },
    lockDuration: options.lockDurationMs,
    stalledInterval: options.stalledIntervalMs,
    maxStalledCount: options.maxStalledCount,
  });
  const summary: WorkerSummary = { done: 0, failed: 0 };
  let lastError = '';
  worker.on('error', (err) => {
    if (err.message !== lastError) options.log(`wirescan worker: ${err.message}`);
    lastError = err.message;
  });
  worker.on('completed', () => summary.done++);
  worker.on('failed', (job, err) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts || /stalled more than/.test(err.message);
    if (final) summary.failed++;
    options.log(`wirescan worker: ${job.data.input.id}: ${err.message} (${final ? 'failed' : `attempt ${job.attemptsMade} of ${attempts}, will retry`})`);
  });
  // Opening a Queue writes the queue's settings (BullMQ's default would keep 10,000 events, each completed one
  // with its whole result): so the worker writes wirescan's, even before any `queue add`. It also counts the jobs.
  const queue = new Queue(options.queue, { connection: redis, streams: { events: { maxLen: EVENTS_KEPT } } });
  queue.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  let lost = false;
  try {
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return resolve();
      signal?.addEventListener('abort', () => resolve(), { once: true });
      if (!options.untilEmpty) return;
      let answered = Date.now();
      const check = async () => {
        // While Redis is away the worker's connection holds commands until it is back: so ask with a time limit.
        const left = await answerWithin(countUnfinished(queue), EMPTY_CHECK_MS * 10).catch(() => -1);
        if (left >= 0) answered = Date.now();
        if (left === 0) return resolve();
        if (Date.now() - answered >= (options.giveUpMs ?? GIVE_UP_MS)) {
          lost = true;
          return reject(new RedisUnavailableError(`no answer from Redis at ${showUrl(options.url)} for ${Math.round((Date.now() - answered) / 1000)} s: giving up (--until-empty)`));
        }
        timer = setTimeout(check, EMPTY_CHECK_MS);
      };
      timer = setTimeout(check, EMPTY_CHECK_MS);
    });
  } finally {
    clearTimeout(timer);
    // With Redis gone, a graceful close would wait for it forever: the running jobs' locks lapse and other workers take them up.
    if (lost) redis.disconnect();
    await worker.close(lost);
    await queue.close().catch(() => {});
    redis.disconnect();
  }
  return summary;
}
