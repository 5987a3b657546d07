// The queue when things go wrong around it, on a real Redis: a `queue add` interrupted, a web archive among the
// inputs, a Redis that freezes mid-command or is full, a worker whose Redis is gone for good.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { expect, it } from 'vitest';
import { RedisUnavailableError } from '../../src/queue/connect-redis.js';
import { runWorker } from '../../src/queue/run-worker.js';
import { startFreezingProxy } from './freeze-proxy.js';
import { describeWithRedis, expectSameFiles, until } from './redis-suite.js';
import { runCli, startCli } from './run-cli.js';
import { startRedis } from './start-redis.js';

const jsonl = (ids: string[]) => ids.map((id, i) => `${JSON.stringify({ id, text: `Chile and Peru signed deal number ${i + 1} on Monday.` })}\n`).join('');

describeWithRedis('queue on Redis, when things go wrong', (ctx) => {
  it('an interrupted queue add (inputs in the order, no job): status, collect and collect --wait say to add again, and adding again completes the queue', async () => {
    const { env } = ctx;
    const input = jsonl(['a', 'b', 'c', 'd']);
    expect((await runCli(['queue', 'add', '--queue', 'cut', '--input-format', 'jsonl'], env, input)).status).toBe(0);
    // What a `queue add` killed (or refused by a full Redis) between placing inputs in the order and adding their jobs leaves.
    const queue = ctx.openQueue('cut');
    for (const id of ['b', 'd']) await (await queue.getJob(id))!.remove();
    expect((await runCli(['worker', '--queue', 'cut', '--until-empty'], env)).stderr).toMatch(/2 jobs done/);

    const message = 'wirescan: 2 added inputs have no job (a queue add was interrupted: killed, or Redis refused it): run the same wirescan queue add again (inputs already there are left as they are)\n';
    const status = await runCli(['queue', 'status', '--queue', 'cut', '--json'], env);
    expect([status.status, status.stderr]).toEqual([1, message]);
    expect(JSON.parse(status.stdout)).toEqual({ queue: 'cut', added: 4, waiting: 0, active: 0, retrying: 0, done: 2, failed: 0, missing: 2, adding: false });
    const watch = await runCli(['queue', 'status', '--queue', 'cut', '--watch'], env);
    expect([watch.status, watch.stderr]).toEqual([1, message]);
    const root = ctx.tempRoot();
    for (const wait of [[], ['--wait']]) {
      const collect = await runCli(['collect', '--queue', 'cut', '--out', join(root, 'early'), ...wait], env);
      expect([collect.status, collect.stderr]).toEqual([1, `wirescan: queue cut: 4 added | 0 waiting | 0 active | 0 retrying | 2 done | 0 failed | 2 missing: ${message.slice('wirescan: '.length)}`]);
    }
    expect(existsSync(join(root, 'early')), 'nothing written').toBe(false);

    // While a queue add is under way (its mark is set), the missing jobs may still come: collect waits for it.
    await ctx.redis.set('wirescan:cut:adding', 1, 'PX', 60_000);
    expect((await runCli(['collect', '--queue', 'cut', '--out', join(root, 'early')], env)).stderr).toMatch(/\| 2 missing \(queue add under way\): not all finished; a queue add is under way; run workers/);
    const waiting = startCli(['collect', '--queue', 'cut', '--out', join(root, 'early'), '--wait'], env);
    await until(() => /waiting until every job is finished/.test(waiting.stderr()), 60_000, 'collect --wait waits for the queue add');
    await ctx.redis.del('wirescan:cut:adding'); // the add ended (or its mark lapsed) without adding them
    expect(await waiting.ended).toMatchObject({ status: 1, stderr: expect.stringContaining('2 added inputs have no job') });

    const again = await runCli(['queue', 'add', '--queue', 'cut', '--input-format', 'jsonl'], env, input);
    expect(again.stderr).toBe('wirescan: 2 jobs added to queue cut, 2 already there\n');
    expect((await runCli(['worker', '--queue', 'cut', '--until-empty'], env)).stderr).toMatch(/2 jobs done/);
    expect((await runCli(['collect', '--queue', 'cut', '--out', join(root, 'queue')], env)).status).toBe(0);
    await runCli(['extract', '--input-format', 'jsonl', '--out', join(root, 'local'), '--quiet'], {}, input);
    expectSameFiles(join(root, 'queue'), join(root, 'local'));
  });

  it('a web archive in a folder is not queued, loudly: a line naming it, exit 1, and its failure in errors.jsonl (pages beside it are)', async () => {
    const { env } = ctx;
    const root = ctx.tempRoot();
    const page = '<html><head><title>Deal</title></head><body><article><h1>Deal</h1><p>Chile and Peru signed a lithium deal in Lima on Monday, officials said.</p><p>The two countries will share research on batteries.</p></article></body></html>';
    for (const dir of ['pages', 'mixed']) {
      mkdirSync(join(root, dir));
      writeFileSync(join(root, dir, 'deal.html'), page);
    }
    writeFileSync(join(root, 'mixed', 'crawl.warc.gz'), 'not opened');
    const added = await runCli(['queue', 'add', join(root, 'mixed'), '--queue', 'archive'], env);
    expect(added.stderr).toBe('wirescan: crawl.warc.gz: a web archive is not queued (its failure is): extract it with wirescan extract\nwirescan: 2 jobs added to queue archive, 0 already there\n');
    expect(added.status).toBe(1);
    expect((await runCli(['worker', '--queue', 'archive', '--until-empty'], env)).status).toBe(0);
    const collected = await runCli(['collect', '--queue', 'archive', '--out', join(root, 'queue')], env);
    expect([collected.status, collected.stderr]).toEqual([1, `wirescan: crawl.warc.gz: a web archive is not queued: extract it with wirescan extract\nwirescan: 1 article extracted, 1 failed -> ${join(root, 'queue')}\n`]);
    await runCli(['extract', join(root, 'pages'), '--out', join(root, 'local'), '--quiet']);
    for (const file of ['articles.jsonl', 'mentions.csv', 'agreements.csv']) {
      expect(readFileSync(join(root, 'queue', file)).equals(readFileSync(join(root, 'local', file))), file).toBe(true);
    }
    expect(readFileSync(join(root, 'queue', 'errors.jsonl'), 'utf8')).toBe('{"id":"crawl.warc.gz","error":"a web archive is not queued: extract it with wirescan extract"}\n');
  });

  it('a Redis that freezes mid-command: each command gives up after --redis-timeout with one line, not a hang', async () => {
    const { env } = ctx;
    await runCli(['queue', 'add', '--queue', 'frozen', '--input-format', 'jsonl'], env, jsonl(['a']));
    expect((await runCli(['worker', '--queue', 'frozen', '--until-empty'], env)).status).toBe(0);
    const out = join(ctx.tempRoot(), 'out');
    const rows: [string, string[], string][] = [
      ['zrange', ['collect', '--out', out], `: ${out} is incomplete, collect again`], // the first read of the results
      ['zcard', ['queue', 'status'], ''],
      ['eval', ['queue', 'add', '-'], ''], // placing the inputs
    ];
    for (const [command, args, more] of rows) {
      const proxy = await startFreezingProxy(ctx.server.port, command);
      try {
        const t0 = Date.now();
        const res = await runCli([...args, '--queue', 'frozen', '--redis', proxy.url, '--redis-timeout', '1'], env, 'Kenya and Ethiopia resumed talks.');
        expect(res.stderr, command).toBe(`wirescan: Redis at ${proxy.url} gave no answer within 1 s (a frozen or overloaded server, or the network): try again once it answers, or give --redis-timeout SECONDS${more}\n`);
        expect(res.status).toBe(1);
        expect(Date.now() - t0, 'gave up soon after the timeout').toBeLessThan(15_000);
      } finally {
        await proxy.close();
      }
    }
  });

  it('a full Redis: queue add says so and fails; adding again once there is room completes the queue', async () => {
    const { env } = ctx;
    const input = jsonl(['a', 'b', 'c']);
    await ctx.redis.config('SET', 'maxmemory', '1');
    try {
      const full = await runCli(['queue', 'add', '--queue', 'full', '--input-format', 'jsonl'], env, input);
      expect(full.stderr).toMatch(/^wirescan: Redis at redis:\/\/127\.0\.0\.1:\d+ is full \(OOM command not allowed[^\n]*\): give it more memory \(maxmemory\), or collect and remove finished queues, then run the command again\n$/);
      expect(full.status).toBe(1);
    } finally {
      await ctx.redis.config('SET', 'maxmemory', '0');
    }
    expect((await runCli(['queue', 'add', '--queue', 'full', '--input-format', 'jsonl'], env, input)).stderr).toMatch(/3 jobs added to queue full/);
    expect(JSON.parse((await runCli(['queue', 'status', '--queue', 'full', '--json'], env)).stdout)).toMatchObject({ added: 3, waiting: 3, missing: 0 });
  });

  it('worker --until-empty gives up (RedisUnavailableError) when its Redis is gone for good, instead of waiting forever', async () => {
    const server = await startRedis();
    try {
      // A job due in an hour keeps the worker waiting; then its Redis goes away.
      const redis = new Redis(server.url, { maxRetriesPerRequest: null });
      const q = new Queue('later', { connection: redis, skipMetasUpdate: true });
      await q.add('extract', { input: { id: 'x', error: 'e' }, date: null }, { jobId: 'x', delay: 3_600_000 });
      await q.close();
      redis.disconnect();
      const log: string[] = [];
      const running = runWorker({
        url: server.url, queue: 'later', concurrency: 1, maxArticleBytes: 1000, lockDurationMs: 30_000, stalledIntervalMs: 30_000,
        maxStalledCount: 2, untilEmpty: true, giveUpMs: 1000, log: (m) => log.push(m),
      });
      await new Promise((r) => setTimeout(r, 1000));
      await server.stop();
      const t0 = Date.now();
      await expect(running).rejects.toThrow(RedisUnavailableError);
      await expect(running).rejects.toThrow(/no answer from Redis at redis:\/\/127\.0\.0\.1:\d+ for \d+ s: giving up \(--until-empty\)/);
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(log.filter((l) => /reconnecting/.test(l)).length, 'one line per outage, not per attempt').toBeLessThanOrEqual(2);
    } finally {
      await server.stop();
    }
  });

  it.each([
    { name: 'settings of the wrong type (its setup fails)', settings: 'a string', rejects: /WRONGTYPE/ },
    { name: 'no settings (negative: it runs, then closes)', settings: null, rejects: null },
  ])('a worker with $name leaves no Redis connection behind', async ({ settings, rejects }) => {
    const queue = `setup-${settings ? 'bad' : 'none'}`;
    if (settings) await ctx.redis.set(`wirescan:${queue}:settings`, settings);
    const clients = async () => String(await ctx.redis.client('LIST')).split('\n').filter(Boolean).length;
    const before = await clients();
    const running = runWorker({
      url: ctx.server.url, queue, concurrency: 1, lockDurationMs: 30_000, stalledIntervalMs: 30_000, maxStalledCount: 2, untilEmpty: true, log: () => {},
    });
    if (rejects) await expect(running).rejects.toThrow(rejects);
    else await expect(running).resolves.toEqual({ done: 0, failed: 0 });
    await until(async () => (await clients()) === before, 5000, 'the worker\'s connections are closed');
  });
});
