// `npm run bench:queue [-- N] [--runs R] [--jsonl]`: the same N generated articles (default 2,000) extracted by a
// local pool (`extract --concurrency 2 --out`) and through the queue (`queue add`, 2 `worker --concurrency 1`
// processes, `collect`) on a redis-server of its own, R times (default 3), alternating which goes first.
// Prints each run's wall time and CPU time (every process's, threads included, and Redis's), the queue's as a
// ratio to the local run of the same round, and Redis memory per finished job (INFO memory, with the event
// stream's share); checks both wrote the same bytes. --jsonl: the articles as one JSON Lines file (jobs carry
// their text) instead of one file each (jobs carry a path).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../tests/queue/start-redis.js';
import { CLI_CHILD, childCost, median } from './cli-child.js';
import { meanFixtureChars, writeCorpus } from './write-corpus.js';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const jsonl = args.includes('--jsonl');
const FILES = ['articles.jsonl', 'mentions.csv', 'agreements.csv'];

const root = mkdtempSync(join(tmpdir(), 'wirescan-bench-queue-'));
const removeRoot = () => args.includes('--keep') || rmSync(root, { recursive: true, force: true });
const corpus = join(root, 'corpus');
// Until the try at the end owns them, a failure here removes the folder itself.
let inputs: string[];
let server: RedisServer;
try {
  writeCorpus(corpus, n);
  inputs = jsonl ? ['--input-format', 'jsonl', toJsonl(corpus)] : [corpus];
  server = await startRedis();
} catch (err) {
  removeRoot();
  throw err;
}
const env = { ...process.env, WIRESCAN_REDIS: server.url };
const redis = new Redis(server.url);

/** A run's wall time and CPU time, in seconds. */
interface Cost {
  seconds: number;
  cpu: number;
}

/** Run wirescan in `count` processes at once, to the end: wall time until the last ends, CPU time of all. */
async function cost(cliArgs: string[], count = 1): Promise<Cost> {
  const t0 = performance.now();
  const cpus = await Promise.all(Array.from({ length: count }, () => new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CLI_CHILD, ...cliArgs], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`wirescan ${cliArgs.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve(childCost(stderr).cpu);
    });
  })));
  return { seconds: (performance.now() - t0) / 1000, cpu: cpus.reduce((a, b) => a + b, 0) };
}

/** Redis's own CPU time so far, in seconds. */
const redisCpu = async () => {
  const info = await redis.info('cpu');
  return ['used_cpu_user', 'used_cpu_sys'].reduce((sum, k) => sum + Number(new RegExp(`${k}:([\\d.]+)`).exec(info)![1]), 0);
};

const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);

/** The corpus as one JSON Lines file beside it, {"id","text"} per article in the listing order. */
function toJsonl(dir: string): string {
  const file = `${dir}.jsonl`;
  const lines = readdirSync(dir).sort().flatMap((sub) => readdirSync(join(dir, sub)).sort().map((f) => JSON.stringify({ id: `${sub}/${f}`, text: readFileSync(join(dir, sub, f), 'utf8') })));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** BullMQ's event stream of a queue: entries, bytes, and the cap BullMQ applies. */
async function eventStream(queue: string) {
  const key = `bull:${queue}:events`;
  const [entries, bytes, cap] = await Promise.all([redis.xlen(key), redis.memory('USAGE', key, 'SAMPLES', '0'), redis.hget(`bull:${queue}:meta`, 'opts.maxLenEvents')]);
  return { entries, bytes: Number(bytes ?? 0), cap };
}

async function runLocal(round: number) {
  const out = join(root, `local-${round}`);
  return { out, ...(await cost(['extract', ...inputs, '--out', out, '--concurrency', '2', '--quiet'])) };
}

async function runQueue(round: number) {
  const queue = `bench-${round}`;
  const out = join(root, `queue-${round}`);
  const [memoryBefore, redisBefore] = [await usedMemory(), await redisCpu()];
  const add = await cost(['queue', 'add', ...inputs, '--queue', queue, '--quiet']);
  const addedPerJob = ((await usedMemory()) - memoryBefore) / n;
  const work = await cost(['worker', '--queue', queue, '--concurrency', '1', '--until-empty', '--quiet'], 2);
  const bytesPerJob = ((await usedMemory()) - memoryBefore) / n;
  const events = await eventStream(queue);
  const collect = await cost(['collect', '--queue', queue, '--out', out, '--quiet']);
  const redisSeconds = (await redisCpu()) - redisBefore;
  await cost(['queue', 'remove', '--queue', queue]);
  const phases = [add, work, collect];
  return { out, add, work, collect, redisSeconds, seconds: sum(phases.map((p) => p.seconds)), cpu: sum(phases.map((p) => p.cpu)) + redisSeconds, addedPerJob, bytesPerJob, events };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (s: number) => ((s * 1000) / n).toFixed(2);

console.log(`${n} articles (mean ${meanFixtureChars.toFixed(0)} chars${jsonl ? ', one JSON Lines file' : ', one file each'}), ${runs} rounds; node ${process.version}; Redis at ${server.url}`);
console.log('Wall time in s, CPU time in ms per article (every process and thread; the queue\'s with Redis\'s own).');
console.log('| round | local pool, 2 threads: wall, CPU/article | queue add: wall, CPU | 2 workers: wall, CPU | collect: wall, CPU | Redis CPU | queue total: wall, CPU/article | queue / local, wall | queue / local, CPU | Redis per job |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const ratios = { wall: [] as number[], cpu: [] as number[] };
const memory: string[] = [];
try {
  for (let round = 1; round <= runs; round++) {
    const localFirst = round % 2 === 1;
    const first = localFirst ? await runLocal(round) : undefined;
    const queued = await runQueue(round);
    const local = first ?? (await runLocal(round));
    for (const f of FILES) {
      if (!readFileSync(join(local.out, f)).equals(readFileSync(join(queued.out, f)))) throw new Error(`round ${round}: ${f} differs between the local run and the queue`);
    }
    ratios.wall.push(queued.seconds / local.seconds);
    ratios.cpu.push(queued.cpu / local.cpu);
    const phase = (c: Cost) => `${c.seconds.toFixed(1)} s, ${ms(c.cpu)} ms`;
    memory.push(`round ${round}: Redis used_memory per job ${(queued.addedPerJob / 1024).toFixed(2)} KB after queue add, ${(queued.bytesPerJob / 1024).toFixed(2)} KB after the workers; event stream ${queued.events.entries} entries, ${(queued.events.bytes / 1024).toFixed(0)} KB (opts.maxLenEvents ${queued.events.cap})`);
    console.log(`| ${round} (${localFirst ? 'local' : 'queue'} first) | ${local.seconds.toFixed(1)} s, ${ms(local.cpu)} ms | ${phase(queued.add)} | ${phase(queued.work)} | ${phase(queued.collect)} | ${ms(queued.redisSeconds)} ms | ${queued.seconds.toFixed(1)} s, ${ms(queued.cpu)} ms | ${ratios.wall.at(-1)!.toFixed(2)}x | ${ratios.cpu.at(-1)!.toFixed(2)}x | ${(queued.bytesPerJob / 1024).toFixed(1)} KB |`);
  }
  console.log(`queue / local, median of ${runs}: wall ${median(ratios.wall).toFixed(2)}x (${ratios.wall.map((r) => r.toFixed(2)).join(', ')}), CPU ${median(ratios.cpu).toFixed(2)}x (${ratios.cpu.map((r) => r.toFixed(2)).join(', ')}); same bytes in every round`);
  for (const line of memory) console.log(line);
} finally {
  redis.disconnect();
  await server.stop();
  removeRoot();
}
