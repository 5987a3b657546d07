// A queue as the commands use it: BullMQ's Queue and the add order that wirescan keeps beside it.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectRedis, explainRedisError } from './connect-redis.js';
import { COMMAND_TIMEOUT_MS } from './queue-settings.js';
import type { JobInput } from './pack-result.js';

/** What a job carries: the input as `readInputs` lists it (a file's path, a JSONL line's text deflated, or why it failed) and the reference date. */
export interface ExtractJobData {
  input: JobInput;
  /** `--date` of `queue add`: overrides the input's own date. */
  date: string | null;
}

/** BullMQ's job name for an extraction. */
export const JOB_NAME = 'extract';

/**
 * Events (job done, failed, ...) kept in BullMQ's event stream of a queue. wirescan reads none, and each
 * `completed` event repeats the job's whole result: so few are kept (Redis trims the stream whole nodes at a
 * time, so it may hold up to about twice this). Every `Queue` wirescan opens sets it: BullMQ writes its own
 * default (10,000) when a Queue is opened without it.
 */
export const EVENTS_KEPT = 100;

/** An open queue. `close` ends its connections. */
export interface OpenQueue {
  name: string;
  queue: Queue<ExtractJobData>;
  redis: Redis;
  /** Sorted set: article id -> its place in the order of `queue add` (BullMQ's own order is no contract). */
  orderKey: string;
  /** Counter behind those places. */
  seqKey: string;
  /** Hash: job id -> the input it was added for (a file's path, a text's hash), to tell a re-add from another input with the same id. */
  sourceKey: string;
  /** Counter of `queue add` runs under way (expires unless a running one renews it). */
  addingKey: string;
  /** Hash: the first `queue add`'s settings (date, attempts, backoffMs), and the largest maxBytes of any. */
  settingsKey: string;
  close(): Promise<void>;
}

/** The keys wirescan keeps for queue `name`, beside BullMQ's (`bull:NAME:*`). */
export const orderKeys = (name: string) => ({
  orderKey: `wirescan:${name}:order`,
  seqKey: `wirescan:${name}:seq`,
  sourceKey: `wirescan:${name}:source`,
  addingKey: `wirescan:${name}:adding`,
  settingsKey: `wirescan:${name}:settings`,
});

/** Open queue `name` on the Redis at `url` for a command; throws `RedisUnavailableError` when it cannot be reached. */
export async function openQueue(name: string, url: string, commandTimeoutMs = COMMAND_TIMEOUT_MS): Promise<OpenQueue> {
  const redis = await connectRedis(url, commandTimeoutMs);
  const queue = new Queue<ExtractJobData>(name, { connection: redis, streams: { events: { maxLen: EVENTS_KEPT } } });
  queue.on('error', () => {}); // reaches the caller through the failed call
  return {
    name,
    queue,
    redis,
    ...orderKeys(name),
    async close() {
      await queue.close().catch(() => {});
      redis.disconnect();
    },
  };
}

/** Run `work` on queue `name`, closing it afterwards; a lost connection or a command left unanswered becomes one line naming the server. */
export async function withQueue<T>(name: string, url: string, work: (q: OpenQueue) => Promise<T>, commandTimeoutMs = COMMAND_TIMEOUT_MS): Promise<T> {
  const q = await openQueue(name, url, commandTimeoutMs);
  try {
    return await work(q);
  } catch (err) {
    throw explainRedisError(err, url, commandTimeoutMs);
  } finally {
    await q.close();
  }
}
