// The queue on a real Redis (a redis-server of its own): 2 worker processes, one killed with SIGKILL mid-job;
// a poison article; a re-add; the collected files byte for byte those of a local `extract --out`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, redisRequired, startRedis, type RedisServer } from './start-redis.js';
import { runCli, startCli } from './run-cli.js';

const FILES = ['articles.jsonl', 'mentions.csv', 'agreements.csv', 'errors.jsonl'];
const available = hasRedisServer();
if (!available && !redisRequired()) console.warn('wirescan queue tests: skipped, redis-server is not installed (apt-get install redis-server)');

/** Every output file's bytes (null when absent). */
const read = (dir: string) => Object.fromEntries(FILES.map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : null]));

/** The same files, byte for byte. */
function expectSameFiles(dir: string, reference: string): void {
  const [got, want] = [read(dir), read(reference)];
  for (const f of FILES) {
    expect(got[f] === null, `${f} present in one folder only`).toBe(want[f] === null);
    if (got[f] && want[f]) expect(got[f]!.equals(want[f]!), `${f} differs from the local run's`).toBe(true);
  }
}

/** Wait until `ok()` holds, looking every 20 ms; fail after `ms`. */
async function until(ok: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A folder of `n` articles made from the fixtures, a few bad files, an id with ':', and `poison.txt`, a link to a file outside it. */
function corpus(n: number): { dir: string; target: string } {
  const root = mkdtempSync(join(tmpdir(), 'wirescan-queue-'));
  const dir = join(root, 'in');
  const texts = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('fixtures', f), 'utf8'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `part-${i % 5}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(i).padStart(4, '0')}.txt`), `${texts[i % texts.length]}\nThe talks resumed ${i % 28} days later.`);
  }
  writeFileSync(join(dir, 'part-1', 'empty.txt'), '');
  writeFileSync(join(dir, 'part-2', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]));
  writeFileSync(join(dir, 'part-3', 'odd:name.txt'), 'Ghana and Togo agreed on a trade deal in 2023.\n');
  const target = join(root, 'target.txt');
  writeFileSync(target, texts[0]);
  symlinkSync(target, join(dir, 'part-4', 'poison.txt'));
  return { dir, target };
}

// CI sets WIRESCAN_REQUIRE_REDIS: there a missing redis-server fails the suite instead of skipping it.
if (!available && redisRequired()) {
  describe('queue on Redis', () => {
    it('needs redis-server (WIRESCAN_REQUIRE_REDIS is set): apt-get install redis-server', () => {
      expect(available).toBe(true);
    });
  });
}

describe.skipIf(!available)('queue on Redis', { timeout: 240_000 }, () => {
  let server: RedisServer;
  let env: Record<string, string>;
  let redis: Redis;
  const queues: Queue[] = [];
  const openQueue = (name: string) => {
    const q = new Queue(name, { connection: redis });
    queues.push(q);
    return q;
  };
  beforeAll(async () => {
    server = await startRedis();
    env = { WIRESCAN_REDIS: server.url };
    redis = new Redis(server.url, { maxRetriesPerRequest: null });
  }, 60_000);
  afterAll(async () => {
    for (const q of queues) await q.close();
    redis?.disconnect();
    await server?.stop();
  });

  it('2 workers, one killed with SIGKILL mid-job, a poison file and a re-add: the local run\'s files, nothing missing, nothing twice', async () => {
    const { dir, target } = corpus(200);
    const added = await runCli(['queue', 'add', dir, '--queue', 'kill', '--attempts', '2', '--backoff', '100'], env);
    expect(added.stderr).toMatch(/204 jobs added to queue kill, 0 already there/);
    expect(added.status).toBe(0);
    expect((await runCli(['queue', 'add', dir, '--queue', 'kill'], env)).stderr).toMatch(/0 jobs added to queue kill, 204 already there/);
    unlinkSync(target); // poison.txt: listed, then unreadable for every worker

    const worker = ['worker', '--queue', 'kill', '--concurrency', '1', '--lock-duration', '4000', '--stalled-interval', '1000', '--until-empty'];
    const [victim, survivor] = [startCli(worker, env), startCli(worker, env)];
    const queue = openQueue('kill');
    let held: Job | undefined;
    await until(async () => {
      held = (await queue.getActive()).find((job) => job.processedBy === `${hostname()}-${victim.child.pid}`);
      return !!held;
    }, 60_000, 'the first worker holds a job');
    victim.child.kill('SIGKILL');
    expect((await victim.ended).signal).toBe('SIGKILL');
    const ended = await survivor.ended;
    expect(ended.status, ended.stderr).toBe(0);
    expect(ended.stderr).toMatch(/poison\.txt: no such file or folder \(attempt 1 of 2, will retry\)/);

    const recovered = await Job.fromId(queue, held!.id!);
    expect(recovered!.stalledCounter, 'the killed worker\'s job was taken up again').toBeGreaterThanOrEqual(1);
    expect(recovered!.returnvalue).toMatchObject({ id: held!.data.input.id });
    const poison = await Job.fromId(queue, 'part-4/poison.txt');
    expect([poison!.failedReason, poison!.attemptsMade]).toEqual(['no such file or folder', 2]);
    const status = JSON.parse((await runCli(['queue', 'status', '--queue', 'kill', '--json'], env)).stdout);
    expect(status).toEqual({ queue: 'kill', added: 204, waiting: 0, active: 0, retrying: 0, done: 203, failed: 1 });

    const local = `${dir}-local`;
    expect((await runCli(['extract', dir, '--out', local, '--concurrency', '2', '--quiet'])).status).toBe(1);
    const out = `${dir}-queue`;
    const collected = await runCli(['collect', '--queue', 'kill', '--out', out], env);
    expect(collected.stderr).toMatch(/201 articles extracted, 3 failed/);
    expect(collected.status).toBe(1); // as the local run: some inputs failed
    expectSameFiles(out, local);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toMatch(/\{"id":"part-4\/poison.txt","error":"no such file or folder"\}/);

    // Adding the finished folder again changes nothing: no job runs twice, the files stay the same.
    expect((await runCli(['queue', 'add', dir, '--queue', 'kill'], env)).stderr).toMatch(/0 jobs added to queue kill, 204 already there/);
    expect(await queue.getJobCountByTypes('waiting', 'active', 'delayed')).toBe(0);
    const again = `${dir}-again`;
    await runCli(['collect', '--queue', 'kill', '--out', again], env);
    expectSameFiles(again, local);

    // The poison file's target is back: `queue retry` runs the failed job again, and the files are those of a local run now.
    writeFileSync(target, readFileSync(join(dir, 'part-0', 'article-0000.txt')));
    expect((await runCli(['queue', 'retry', '--queue', 'kill'], env)).stderr).toBe('wirescan: 1 failed job back to waiting in queue kill\n');
    expect((await runCli(['worker', '--queue', 'kill', '--until-empty'], env)).stderr).toMatch(/1 job done, 0 failed/);
    const fixed = [`${dir}-fixed-local`, `${dir}-fixed-queue`];
    await runCli(['extract', dir, '--out', fixed[0], '--quiet']);
    await runCli(['collect', '--queue', 'kill', '--out', fixed[1]], env);
    expectSameFiles(fixed[1], fixed[0]);
    expect(readFileSync(join(fixed[1], 'articles.jsonl'), 'utf8')).toMatch(/"id":"part-4\/poison.txt"/);
  });

  it('JSON Lines from stdin (ids with ":", "%", numbers, empty): collect refuses until finished, --wait waits, same files as local', async () => {
    const lines = [
      { id: '7', text: 'Chile and Peru signed a trade deal on Monday.', date: '2024-03-04' },
      { id: 'x:y', text: 'Kenya and Ethiopia resumed talks.' },
      { id: 'x%3Ay', text: 'Norway and Japan agreed on a fisheries accord in 2021.' },
      { id: '', text: 'Ghana and Togo agreed on a trade deal in 2023.' },
      { id: 'blank', text: '   ' },
    ].map((l) => JSON.stringify(l));
    const input = `${lines.slice(0, 3).join('\n')}\nnot json\n${lines.slice(3).join('\n')}\n`;
    const root = mkdtempSync(join(tmpdir(), 'wirescan-queue-jsonl-'));
    const added = await runCli(['queue', 'add', '--queue', 'jsonl', '--input-format', 'jsonl'], env, input);
    expect(added.stderr).toMatch(/6 jobs added to queue jsonl, 0 already there/);

    const early = await runCli(['collect', '--queue', 'jsonl', '--out', join(root, 'early')], env);
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/6 added \| 6 waiting .* not all finished; run workers \(wirescan worker --queue jsonl\), or collect --wait/);
    expect(existsSync(join(root, 'early')), 'nothing written').toBe(false);

    const collecting = startCli(['collect', '--queue', 'jsonl', '--out', join(root, 'queue'), '--wait'], env);
    const worker = await runCli(['worker', '--queue', 'jsonl', '--concurrency', '2', '--until-empty'], env);
    expect(worker.status, worker.stderr).toBe(0);
    const collected = await collecting.ended;
    expect(collected.status).toBe(1); // the bad line and the blank text, as locally
    expect(collected.stderr).toMatch(/waiting until every job is finished/);
    expect((await runCli(['extract', '--input-format', 'jsonl', '--out', join(root, 'local'), '--quiet'], {}, input)).status).toBe(1);
    expectSameFiles(join(root, 'queue'), join(root, 'local'));
    expect(readFileSync(join(root, 'queue', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['7', 'x:y', 'x%3Ay', '']);
  });

  it('an article that exhausts its thread\'s heap fails after its attempts; the worker and the other jobs go on', async () => {
    const small = [{ id: 'a', text: 'Chile and Peru signed a deal.' }, { id: 'b', text: 'Kenya and Ethiopia resumed talks.' }];
    const huge = { id: 'huge', text: 'Kenya and Ethiopia signed a deal on Monday. '.repeat(120_000) };
    const jsonl = (items: object[]) => items.map((i) => `${JSON.stringify(i)}\n`).join('');
    await runCli(['queue', 'add', '--queue', 'oom', '--input-format', 'jsonl', '--max-bytes', '10000000', '--attempts', '2', '--backoff', '100'], env, jsonl([small[0], huge, small[1]]));
    // --max-bytes 1: each thread's heap is sized for articles of 1 byte (160 MB), far too small for this one.
    const worker = await runCli(['worker', '--queue', 'oom', '--concurrency', '1', '--max-bytes', '1', '--until-empty'], env);
    expect(worker.status, worker.stderr).toBe(0);
    expect(worker.stderr).toMatch(/huge: Unexpected exit code: 1 signal: null \(attempt 1 of 2, will retry\)\n.*huge: Unexpected exit code: 1 signal: null \(failed\)/s);
    expect(JSON.parse((await runCli(['queue', 'status', '--queue', 'oom', '--json'], env)).stdout)).toMatchObject({ done: 2, failed: 1 });
    const root = mkdtempSync(join(tmpdir(), 'wirescan-queue-oom-'));
    expect((await runCli(['collect', '--queue', 'oom', '--out', join(root, 'queue')], env)).status).toBe(1);
    await runCli(['extract', '--input-format', 'jsonl', '--out', join(root, 'local'), '--quiet'], {}, jsonl(small));
    expect(readFileSync(join(root, 'queue', 'articles.jsonl'))).toEqual(readFileSync(join(root, 'local', 'articles.jsonl')));
    expect(readFileSync(join(root, 'queue', 'errors.jsonl'), 'utf8')).toBe('{"id":"huge","error":"Unexpected exit code: 1 signal: null"}\n');
  });

  it('queue remove deletes the jobs and the order: adding again makes new jobs', async () => {
    const input = `${JSON.stringify({ id: 'a', text: 'Chile and Peru signed a deal.' })}\n`;
    await runCli(['queue', 'add', '--queue', 'gone', '--input-format', 'jsonl'], env, input);
    expect((await runCli(['queue', 'remove', '--queue', 'gone'], env)).status).toBe(0);
    expect(JSON.parse((await runCli(['queue', 'status', '--queue', 'gone', '--json'], env)).stdout)).toMatchObject({ added: 0, waiting: 0 });
    const collect = await runCli(['collect', '--queue', 'gone', '--out', join(tmpdir(), 'wirescan-gone')], env);
    expect([collect.status, collect.stderr]).toEqual([1, 'wirescan: queue gone holds no jobs: add some with wirescan queue add INPUT... --queue gone\n']);
    expect((await runCli(['queue', 'add', '--queue', 'gone', '--input-format', 'jsonl'], env, input)).stderr).toMatch(/1 job added/);
  });
});
