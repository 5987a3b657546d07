// The queue on a real Redis (a redis-server of its own): a worker killed with SIGKILL mid-job; a poison article
// retried; inputs with the same id; JSON Lines; a thread out of heap; the collected files byte for byte those of a
// local `extract --out`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Job } from 'bullmq';
import { expect, it } from 'vitest';
import { EVENTS_KEPT } from '../../src/queue/open-queue.js';
import { describeWithRedis, expectSameFiles, idsOf, until } from './redis-suite.js';
import { runCli, startCli } from './run-cli.js';

const texts = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('fixtures', f), 'utf8'));

/**
 * A folder of `n` articles made from the fixtures, a few bad files, an id with ':', `poison.txt` (a link to a
 * file outside it), and `aaa-slow.txt`, the first job of the queue (the test turns it into a named pipe: a
 * worker reading it waits forever, so it is surely the job a killed worker held).
 */
function corpus(root: string, n: number): { dir: string; target: string; slow: string } {
  const dir = join(root, 'in');
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
  const slow = join(dir, 'aaa-slow.txt');
  writeFileSync(slow, texts[1]);
  return { dir, target, slow };
}

describeWithRedis('queue on Redis', (ctx) => {
  it('a worker killed with SIGKILL mid-job, a poison file retried, a re-add: the local run\'s files, nothing missing, nothing twice', async () => {
    const { env } = ctx;
    const root = ctx.tempRoot();
    const { dir, target, slow } = corpus(root, 200);
    const added = await runCli(['queue', 'add', dir, '--queue', 'kill', '--attempts', '2', '--backoff', '100'], env);
    expect(added.stderr).toMatch(/205 jobs added to queue kill, 0 already there/);
    expect(added.status).toBe(0);
    expect((await runCli(['queue', 'add', dir, '--queue', 'kill'], env)).stderr).toMatch(/0 jobs added to queue kill, 205 already there/);
    unlinkSync(target); // poison.txt: listed, then unreadable for every worker
    unlinkSync(slow);
    expect(spawnSync('mkfifo', [slow]).status, 'mkfifo').toBe(0);

    // The first worker takes the first job, aaa-slow.txt, and waits on the pipe: killed, it holds it for sure.
    const worker = ['worker', '--queue', 'kill', '--concurrency', '1', '--lock-duration', '4000', '--stalled-interval', '1000', '--until-empty'];
    const victim = startCli(worker, env);
    const queue = ctx.openQueue('kill');
    const victimName = `${hostname()}-${victim.child.pid}`;
    await until(async () => (await Job.fromId(queue, 'aaa-slow.txt'))?.processedBy === victimName, 60_000, 'the first worker holds aaa-slow.txt');
    victim.child.kill('SIGKILL');
    expect((await victim.ended).signal).toBe('SIGKILL');
    unlinkSync(slow);
    writeFileSync(slow, texts[1]);
    expect(await queue.getJobState('aaa-slow.txt'), 'still held by the dead worker').toBe('active');

    const ended = await startCli(worker, env).ended;
    expect(ended.status, ended.stderr).toBe(0);
    expect(ended.stderr).toMatch(/poison\.txt: no such file or folder \(attempt 1 of 2, will retry\)/);
    const recovered = await Job.fromId(queue, 'aaa-slow.txt');
    expect(recovered!.stalledCounter, 'the killed worker\'s job was taken up again').toBe(1);
    expect(recovered!.returnvalue).toMatchObject({ id: 'aaa-slow.txt' });
    const poison = await Job.fromId(queue, 'part-4/poison.txt');
    expect([poison!.failedReason, poison!.attemptsMade]).toEqual(['no such file or folder', 2]);
    const status = JSON.parse((await runCli(['queue', 'status', '--queue', 'kill', '--json'], env)).stdout);
    expect(status).toEqual({ queue: 'kill', added: 205, waiting: 0, active: 0, retrying: 0, done: 204, failed: 1, missing: 0, adding: false });
    // BullMQ's event stream (each completed event repeats the result) is kept short, whoever opened the queue.
    expect(await ctx.redis.hget('bull:kill:meta', 'opts.maxLenEvents')).toBe(String(EVENTS_KEPT));
    expect(await ctx.redis.xlen('bull:kill:events')).toBeLessThanOrEqual(3 * EVENTS_KEPT);

    const local = join(root, 'local');
    expect((await runCli(['extract', dir, '--out', local, '--concurrency', '2', '--quiet'])).status).toBe(1);
    const out = join(root, 'queue');
    const collected = await runCli(['collect', '--queue', 'kill', '--out', out], env);
    expect(collected.stderr).toMatch(/202 articles extracted, 3 failed/);
    expect(collected.status).toBe(1); // as the local run: some inputs failed
    expectSameFiles(out, local);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toMatch(/\{"id":"part-4\/poison.txt","error":"no such file or folder"\}/);

    // Adding the finished folder again changes nothing: no job runs twice, the files stay the same.
    expect((await runCli(['queue', 'add', dir, '--queue', 'kill'], env)).stderr).toMatch(/0 jobs added to queue kill, 205 already there/);
    expect(await queue.getJobCountByTypes('waiting', 'active', 'delayed')).toBe(0);
    const again = join(root, 'again');
    await runCli(['collect', '--queue', 'kill', '--out', again], env);
    expectSameFiles(again, local);

    // `queue retry` gives the failed job all its attempts again: with the target still missing, it fails after 2 more.
    expect((await runCli(['queue', 'retry', '--queue', 'kill'], env)).stderr).toBe('wirescan: 1 failed job back to waiting in queue kill, attempts afresh\n');
    const retried = await runCli(['worker', '--queue', 'kill', '--until-empty'], env);
    expect(retried.stderr).toMatch(/poison\.txt: no such file or folder \(attempt 1 of 2, will retry\)\n.*poison\.txt: no such file or folder \(failed\)\n.*0 jobs done, 1 failed/s);
    expect((await Job.fromId(queue, 'part-4/poison.txt'))!.attemptsMade).toBe(2);

    // The poison file's target is back: retried, the job is done, and the files are those of a local run now.
    writeFileSync(target, readFileSync(join(dir, 'part-0', 'article-0000.txt')));
    expect((await runCli(['queue', 'retry', '--queue', 'kill'], env)).status).toBe(0);
    expect((await runCli(['worker', '--queue', 'kill', '--until-empty'], env)).stderr).toMatch(/1 job done, 0 failed/);
    const fixed = [join(root, 'fixed-local'), join(root, 'fixed-queue')];
    await runCli(['extract', dir, '--out', fixed[0], '--quiet']);
    await runCli(['collect', '--queue', 'kill', '--out', fixed[1]], env);
    expectSameFiles(fixed[1], fixed[0]);
    expect(readFileSync(join(fixed[1], 'articles.jsonl'), 'utf8')).toMatch(/"id":"part-4\/poison.txt"/);
  });

  it('inputs with the same id (two folders with the same names): two jobs, collected as a local run writes them; another input under a taken id is refused, loudly', async () => {
    const { env } = ctx;
    const root = ctx.tempRoot();
    const folders = { jan: [texts[0], texts[1]], feb: [texts[2]], other: [texts[3]] };
    for (const [name, articles] of Object.entries(folders)) {
      mkdirSync(join(root, name));
      articles.forEach((text, i) => writeFileSync(join(root, name, `article-${i + 1}.txt`), text));
    }
    const [jan, feb, other] = ['jan', 'feb', 'other'].map((f) => join(root, f));
    const added = await runCli(['queue', 'add', jan, feb, '--queue', 'same'], env);
    expect([added.status, added.stderr]).toEqual([0, 'wirescan: 3 jobs added to queue same, 0 already there\n']);
    // The same inputs again, in either order: nothing new.
    for (const inputs of [[jan, feb], [feb, jan], [feb]]) {
      expect((await runCli(['queue', 'add', ...inputs, '--queue', 'same'], env)).stderr, inputs.join(' ')).toMatch(/0 jobs added to queue same, \d already there\n$/);
    }
    // Settings other than the first add's are said (the jobs there keep theirs).
    expect((await runCli(['queue', 'add', feb, '--queue', 'same', '--date', '2024-05-01', '--attempts', '3'], env)).stderr)
      .toBe('wirescan: --date 2024-05-01 (first: none): not as this queue\'s first queue add; the jobs already there keep theirs, new ones get these\nwirescan: 0 jobs added to queue same, 1 already there\n');
    // Another file under a taken id: not added, said, exit 1 (negative: nothing is replaced or lost silently).
    const refused = await runCli(['queue', 'add', other, '--queue', 'same'], env);
    expect(refused.stderr).toBe(`wirescan: article-1.txt: not added: the queue holds ${join(jan, 'article-1.txt')} under this id (add both in one queue add, or use another --queue)\n`
      + 'wirescan: 0 jobs added to queue same, 0 already there, 1 not added (another input with the same id)\n');
    expect(refused.status).toBe(1);

    // Added alone first, then with the folder whose file took its place in a fresh queue: found, not added twice.
    expect((await runCli(['queue', 'add', feb, '--queue', 'same-2'], env)).stderr).toMatch(/1 job added/);
    expect((await runCli(['queue', 'add', jan, feb, '--queue', 'same-2'], env)).stderr).toMatch(/: 1 job added to queue same-2, 1 already there, 1 not added/);
    // The same file named twice is two inputs, as for extract: two jobs, and both found again.
    const twice = [join(jan, 'article-2.txt'), join(jan, 'article-2.txt')];
    expect((await runCli(['queue', 'add', ...twice, '--queue', 'same-3'], env)).stderr).toBe('wirescan: 2 jobs added to queue same-3, 0 already there\n');
    expect((await runCli(['queue', 'add', ...twice, '--queue', 'same-3'], env)).stderr).toBe('wirescan: 0 jobs added to queue same-3, 2 already there\n');

    expect((await runCli(['worker', '--queue', 'same', '--until-empty'], env)).status).toBe(0);
    const [local, out] = [join(root, 'local'), join(root, 'queue')];
    expect((await runCli(['extract', jan, feb, '--out', local, '--quiet'])).status).toBe(0);
    expect((await runCli(['collect', '--queue', 'same', '--out', out], env)).stderr).toMatch(/3 articles extracted, 0 failed/);
    expectSameFiles(out, local);
    expect(idsOf(join(out, 'articles.jsonl'))).toEqual(['article-1.txt', 'article-2.txt', 'article-1.txt']);
  });

  it('JSON Lines from stdin (ids with ":", "%", numbers, empty, one twice): collect refuses until finished, --wait waits, same files as local', async () => {
    const { env } = ctx;
    const lines = [
      { id: '7', text: 'Chile and Peru signed a trade deal on Monday.', date: '2024-03-04' },
      { id: 'x:y', text: 'Kenya and Ethiopia resumed talks.' },
      { id: 'x%3Ay', text: 'Norway and Japan agreed on a fisheries accord in 2021.' },
      { id: '', text: 'Ghana and Togo agreed on a trade deal in 2023.' },
      { id: 'blank', text: '   ' },
      { id: '7', text: 'Brazil and Portugal signed a cultural accord.' },
    ].map((l) => JSON.stringify(l));
    const input = `${lines.slice(0, 3).join('\n')}\nnot json\n${lines.slice(3).join('\n')}\n`;
    const root = ctx.tempRoot();
    const added = await runCli(['queue', 'add', '--queue', 'jsonl', '--input-format', 'jsonl'], env, input);
    expect(added.stderr).toMatch(/7 jobs added to queue jsonl, 0 already there/);

    const early = await runCli(['collect', '--queue', 'jsonl', '--out', join(root, 'early')], env);
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/7 added \| 7 waiting .* not all finished; run workers \(wirescan worker --queue jsonl\), or collect --wait/);
    expect(existsSync(join(root, 'early')), 'nothing written').toBe(false);

    const collecting = startCli(['collect', '--queue', 'jsonl', '--out', join(root, 'queue'), '--wait'], env);
    await until(() => /waiting until every job is finished/.test(collecting.stderr()), 60_000, 'collect --wait says it waits');
    const worker = await runCli(['worker', '--queue', 'jsonl', '--concurrency', '2', '--until-empty'], env);
    expect(worker.status, worker.stderr).toBe(0);
    const collected = await collecting.ended;
    expect(collected.status).toBe(1); // the bad line and the blank text, as locally
    expect((await runCli(['extract', '--input-format', 'jsonl', '--out', join(root, 'local'), '--quiet'], {}, input)).status).toBe(1);
    expectSameFiles(join(root, 'queue'), join(root, 'local'));
    expect(idsOf(join(root, 'queue', 'articles.jsonl'))).toEqual(['7', 'x:y', 'x%3Ay', '', '7']);
  });

  it('an article that exhausts its thread\'s heap fails after its attempts; the worker and the other jobs go on', async () => {
    const { env } = ctx;
    const small = [{ id: 'a', text: 'Chile and Peru signed a deal.' }, { id: 'b', text: 'Kenya and Ethiopia resumed talks.' }];
    const huge = { id: 'huge', text: 'Kenya and Ethiopia signed a deal on Monday. '.repeat(120_000) };
    const jsonl = (items: object[]) => items.map((i) => `${JSON.stringify(i)}\n`).join('');
    await runCli(['queue', 'add', '--queue', 'oom', '--input-format', 'jsonl', '--max-bytes', '10000000', '--attempts', '2', '--backoff', '100'], env, jsonl([small[0], huge, small[1]]));
    // --max-bytes 1: each thread's heap is sized for articles of 1 byte (160 MB), far too small for this one.
    const worker = await runCli(['worker', '--queue', 'oom', '--concurrency', '1', '--max-bytes', '1', '--until-empty'], env);
    expect(worker.status, worker.stderr).toBe(0);
    expect(worker.stderr).toMatch(/^wirescan worker: --max-bytes 1 is below the queue's \(10000000, from queue add\): its larger articles may exhaust a thread's heap\n/);
    expect(worker.stderr).toMatch(/huge: Unexpected exit code: 1 signal: null \(attempt 1 of 2, will retry\)\n.*huge: Unexpected exit code: 1 signal: null \(failed\)/s);
    expect(JSON.parse((await runCli(['queue', 'status', '--queue', 'oom', '--json'], env)).stdout)).toMatchObject({ done: 2, failed: 1 });
    const root = ctx.tempRoot();
    expect((await runCli(['collect', '--queue', 'oom', '--out', join(root, 'queue')], env)).status).toBe(1);
    await runCli(['extract', '--input-format', 'jsonl', '--out', join(root, 'local'), '--quiet'], {}, jsonl(small));
    expect(readFileSync(join(root, 'queue', 'articles.jsonl'))).toEqual(readFileSync(join(root, 'local', 'articles.jsonl')));
    expect(readFileSync(join(root, 'queue', 'errors.jsonl'), 'utf8')).toBe('{"id":"huge","error":"Unexpected exit code: 1 signal: null"}\n');
  });

  it('queue remove deletes the jobs and wirescan\'s keys: adding again makes new jobs', async () => {
    const { env } = ctx;
    const input = `${JSON.stringify({ id: 'a', text: 'Chile and Peru signed a deal.' })}\n`;
    await runCli(['queue', 'add', '--queue', 'gone', '--input-format', 'jsonl'], env, input);
    expect((await runCli(['queue', 'remove', '--queue', 'gone'], env)).status).toBe(0);
    expect(await ctx.redis.keys('*:gone:*')).toEqual([]);
    expect(JSON.parse((await runCli(['queue', 'status', '--queue', 'gone', '--json'], env)).stdout)).toMatchObject({ added: 0, waiting: 0 });
    const collect = await runCli(['collect', '--queue', 'gone', '--out', join(ctx.tempRoot(), 'out')], env);
    expect([collect.status, collect.stderr]).toEqual([1, 'wirescan: queue gone holds no jobs: add some with wirescan queue add INPUT... --queue gone\n']);
    expect((await runCli(['queue', 'add', '--queue', 'gone', '--input-format', 'jsonl'], env, input)).stderr).toMatch(/1 job added/);
  });
});
