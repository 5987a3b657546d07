// What the queue's Redis suites share: a redis-server of their own, temporary folders and CLI processes that
// are all gone afterwards (whether the tests passed or not), and the checks they make.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killStartedClis } from './run-cli.js';
import { hasRedisServer, redisRequired, startRedis, type RedisServer } from './start-redis.js';

/** What a suite's tests get. */
export interface RedisContext {
  server: RedisServer;
  /** WIRESCAN_REDIS for the CLI. */
  env: Record<string, string>;
  /** A connection of the test's own. */
  redis: Redis;
  /** A BullMQ Queue to look at jobs (it leaves the queue's settings as wirescan wrote them). */
  openQueue(name: string): Queue;
  /** A temporary folder, removed after the suite. */
  tempRoot(): string;
}

const available = hasRedisServer();

/**
 * `describe` for tests that need redis-server: they run on a server of their own (started before, stopped after);
 * where redis-server is missing they are skipped with a warning, or fail when CI requires them
 * (WIRESCAN_REQUIRE_REDIS=1). CLI processes still running after a test are killed; temporary folders removed.
 */
export function describeWithRedis(name: string, body: (ctx: RedisContext) => void): void {
  if (!available && redisRequired()) {
    describe(name, () => {
      it('needs redis-server (WIRESCAN_REQUIRE_REDIS=1 is set): apt-get install redis-server', () => {
        expect(available).toBe(true);
      });
    });
    return;
  }
  if (!available) console.warn(`${name}: skipped, redis-server is not installed (apt-get install redis-server)`);
  describe.skipIf(!available)(name, { timeout: 240_000 }, () => {
    const queues: Queue[] = [];
    const roots: string[] = [];
    const ctx = {
      openQueue(queueName: string) {
        const q = new Queue(queueName, { connection: ctx.redis, skipMetasUpdate: true });
        queues.push(q);
        return q;
      },
      tempRoot() {
        const root = mkdtempSync(join(tmpdir(), 'wirescan-queue-'));
        roots.push(root);
        return root;
      },
    } as RedisContext;
    beforeAll(async () => {
      ctx.server = await startRedis();
      ctx.env = { WIRESCAN_REDIS: ctx.server.url };
      ctx.redis = new Redis(ctx.server.url, { maxRetriesPerRequest: null });
    }, 60_000);
    afterEach(killStartedClis);
    afterAll(async () => {
      await killStartedClis();
      for (const q of queues) await q.close();
      ctx.redis?.disconnect();
      await ctx.server?.stop();
      for (const root of roots) rmSync(root, { recursive: true, force: true });
    });
    body(ctx);
  });
}

const FILES = ['articles.jsonl', 'mentions.csv', 'agreements.csv', 'errors.jsonl'];

/** Every output file's bytes (null when absent). */
const read = (dir: string) => Object.fromEntries(FILES.map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : null]));

/** The same output files, byte for byte. */
export function expectSameFiles(dir: string, reference: string): void {
  const [got, want] = [read(dir), read(reference)];
  for (const f of FILES) {
    expect(got[f] === null, `${f} present in one folder only`).toBe(want[f] === null);
    if (got[f] && want[f]) expect(got[f]!.equals(want[f]!), `${f} differs from the local run's`).toBe(true);
  }
}

/** Wait until `ok()` holds, looking every 20 ms; fail after `ms`. */
export async function until(ok: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The ids of a JSON Lines output file, in order. */
export const idsOf = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
