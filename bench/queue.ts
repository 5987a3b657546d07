// `npm run bench:queue [-- N] [--runs R]`: the same N generated articles (default 2,000) extracted by a local
// pool (`extract --concurrency 2 --out`) and through the queue (`queue add`, 2 `worker --concurrency 1`
// processes, `collect`) on a redis-server of its own, R times (default 3), alternating which goes first.
// Prints each run's times, the queue's cost per article as a ratio to the local run of the same round, and
// Redis memory per finished job; checks that both runs wrote the same bytes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startRedis } from '../tests/queue/start-redis.js';
import { meanFixtureChars, writeCorpus } from './write-corpus.js';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const BIN = join(process.cwd(), 'bin', 'wirescan.js');
const FILES = ['articles.jsonl', 'mentions.csv', 'agreements.csv'];

const root = mkdtempSync(join(tmpdir(), 'wirescan-bench-queue-'));
const corpus = join(root, 'corpus');
writeCorpus(corpus, n);
const server = await startRedis();
const env = { ...process.env, WIRESCAN_REDIS: server.url };
const redis = new Redis(server.url);

/** Run wirescan to the end; its wall time in seconds. */
function timed(cliArgs: string[]): number {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [BIN, ...cliArgs], { env, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`wirescan ${cliArgs.join(' ')} failed (${res.status}): ${res.stderr.slice(-2000)}`);
  return (performance.now() - t0) / 1000;
}

/** Run wirescan in `count` processes at once; wall time until the last ends. */
async function timedTogether(cliArgs: string[], count: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...cliArgs], { env, stdio: 'ignore' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wirescan ${cliArgs.join(' ')} exited ${code}`))));
  })));
  return (performance.now() - t0) / 1000;
}

const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);

function runLocal(round: number) {
  const out = join(root, `local-${round}`);
  return { out, seconds: timed(['extract', corpus, '--out', out, '--concurrency', '2', '--quiet']) };
}

async function runQueue(round: number) {
  const queue = `bench-${round}`;
  const out = join(root, `queue-${round}`);
  const before = await usedMemory();
  const add = timed(['queue', 'add', corpus, '--queue', queue, '--quiet']);
  const work = await timedTogether(['worker', '--queue', queue, '--concurrency', '1', '--until-empty', '--quiet'], 2);
  const bytesPerJob = ((await usedMemory()) - before) / n;
  const collect = timed(['collect', '--queue', queue, '--out', out, '--quiet']);
  timed(['queue', 'remove', '--queue', queue]);
  return { out, add, work, collect, seconds: add + work + collect, bytesPerJob };
}

console.log(`${n} articles (mean ${meanFixtureChars.toFixed(0)} chars), ${runs} rounds; node ${process.version}; Redis at ${server.url}`);
console.log('| round | local pool, 2 threads: s (ms/article) | queue add, s | 2 workers, s | collect, s | queue total: s (ms/article) | queue / local | overhead per article | Redis per job |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const ratios: number[] = [];
try {
  for (let round = 1; round <= runs; round++) {
    const localFirst = round % 2 === 1;
    const local = localFirst ? runLocal(round) : undefined;
    const queued = await runQueue(round);
    const l = local ?? runLocal(round);
    for (const f of FILES) {
      if (!readFileSync(join(l.out, f)).equals(readFileSync(join(queued.out, f)))) throw new Error(`round ${round}: ${f} differs between the local run and the queue`);
    }
    const ms = (s: number) => ((s * 1000) / n).toFixed(2);
    const ratio = queued.seconds / l.seconds;
    ratios.push(ratio);
    console.log(`| ${round}${localFirst ? ' (local first)' : ' (queue first)'} | ${l.seconds.toFixed(1)} (${ms(l.seconds)}) | ${queued.add.toFixed(1)} | ${queued.work.toFixed(1)} | ${queued.collect.toFixed(1)} | ${queued.seconds.toFixed(1)} (${ms(queued.seconds)}) | ${ratio.toFixed(2)}x | +${ms(queued.seconds - l.seconds)} ms | ${(queued.bytesPerJob / 1024).toFixed(1)} KB |`);
  }
  console.log(`queue / local: ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}; same bytes in every round`);
} finally {
  redis.disconnect();
  await server.stop();
  if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
}
