// What the command line checks and shows before any queue command runs: kept apart from BullMQ and ioredis so
// that loading the CLI (for `extract`, say) does not load them.

/** Queue names: what BullMQ accepts in a key, without ':' (its key separator). */
export const QUEUE_NAME = /^[A-Za-z0-9._-]+$/;

/** The default server: a Redis on this machine. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * How long a command (add, status, retry, remove, collect) waits for each answer once connected, by default: a
 * frozen server or a network partition that sends no reset then ends it instead of hanging it.
 */
export const COMMAND_TIMEOUT_MS = 30_000;

/** Is this a Redis URL (redis:// or rediss://, with a host)? */
export function isRedisUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'redis:' || u.protocol === 'rediss:') && !!u.hostname;
  } catch {
    return false;
  }
}
