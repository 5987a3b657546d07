// Connections to Redis: short-lived ones for the CLI's commands (fail fast, one clear line), and a
// worker's, which waits out an outage instead of dying.
import { Redis, type RedisOptions } from 'ioredis';
import { COMMAND_TIMEOUT_MS } from './queue-settings.js';

/** Redis could not be reached (or was lost): the message names the server and the fix. */
export class RedisUnavailableError extends Error {}

/** How long a command waits to connect before giving up. */
const CONNECT_TIMEOUT_MS = 5000;

/** A Redis URL without its password, for messages. */
export function showUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.href.replace(/\/$/, '');
}

/**
 * Connect for a command (add, collect, status, retry, remove): no reconnecting, one retry per request, and no
 * more than `commandTimeoutMs` for any answer, so an unreachable, lost or frozen server ends the command with
 * one line instead of a hang.
 */
export async function connectRedis(url: string, commandTimeoutMs = COMMAND_TIMEOUT_MS): Promise<Redis> {
  return open(url, { maxRetriesPerRequest: 1, retryStrategy: () => null, commandTimeout: commandTimeoutMs });
}

/**
 * Connect for a worker: the first connection must succeed (as for a command), later outages are waited out
 * (reconnecting every second or so; BullMQ needs `maxRetriesPerRequest: null` for its blocking calls).
 */
export async function connectWorkerRedis(url: string, onError: (message: string) => void): Promise<Redis> {
  const redis = await open(url, { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(250 * n, 2000) });
  // One line per outage (and per change of its reason), not one per reconnection attempt.
  let last = '';
  redis.on('error', (err: Error) => {
    if (err.message !== last) onError(`Redis at ${showUrl(url)}: ${err.message}; reconnecting`);
    last = err.message;
  });
  redis.on('ready', () => {
    if (last) onError(`Redis at ${showUrl(url)}: connected again`);
    last = '';
  });
  return redis;
}

async function open(url: string, options: RedisOptions): Promise<Redis> {
  // A socket not closed 200 ms after `disconnect` is destroyed (ioredis' default, 2 s, would hold a failed command's exit).
  const redis = new Redis(url, { ...options, connectTimeout: CONNECT_TIMEOUT_MS, disconnectTimeout: 200, lazyConnect: true });
  // Errors reach the caller through the failed command; without a listener ioredis would also print them.
  const errors: Error[] = [];
  const keep = (err: Error) => errors.push(err);
  redis.on('error', keep);
  try {
    await answerWithin(redis.connect().then(() => redis.ping()), CONNECT_TIMEOUT_MS);
  } catch (err) {
    redis.disconnect();
    const reason = errors[0]?.message ?? (err as Error).message;
    throw new RedisUnavailableError(`cannot reach Redis at ${showUrl(url)} (${reason}): start redis-server there, or give --redis URL`);
  }
  redis.off('error', keep);
  redis.on('error', () => {});
  return redis;
}

/** `promise`, or a rejection once `ms` have passed (a server that accepts connections but never answers). */
export async function answerWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Turn a lost connection, a command left unanswered or a full Redis during a command into one line naming the server. */
export function explainRedisError(err: unknown, url: string, commandTimeoutMs = COMMAND_TIMEOUT_MS): unknown {
  const message = err instanceof Error ? err.message : String(err);
  if (/Command timed out/.test(message)) {
    return new RedisUnavailableError(`Redis at ${showUrl(url)} gave no answer within ${commandTimeoutMs / 1000} s (a frozen or overloaded server, or the network): try again once it answers, or give --redis-timeout SECONDS`);
  }
  if (/\bOOM command not allowed/.test(message)) {
    return new RedisUnavailableError(`Redis at ${showUrl(url)} is full (${message}): give it more memory (maxmemory), or collect and remove finished queues, then run the command again`);
  }
  if (/Connection is closed|ECONNRESET|ECONNREFUSED|max retries per request|Stream isn't writeable/i.test(message)) {
    return new RedisUnavailableError(`lost the connection to Redis at ${showUrl(url)} (${message})`);
  }
  return err;
}
