// `npm run bench:scale [-- N]`: a corpus of N article files (default 100,000) made from the fixtures,
// extracted with one worker and with every core; prints articles per second and peak RSS of each run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_CHILD, childCost } from './cli-child.js';
import { meanFixtureChars, writeCorpus } from './write-corpus.js';

const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const cores = availableParallelism();

const root = mkdtempSync(join(tmpdir(), 'wirescan-scale-'));
const corpus = join(root, 'corpus');

function run(workers: number) {
  const out = join(root, `out-${workers}`);
  const t0 = performance.now();
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', CLI_CHILD, 'extract', corpus, '--out', out, '--concurrency', String(workers), '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`run with ${workers} worker(s) failed (${res.status}): ${res.stderr.slice(-2000)}`);
  return { workers, seconds, perSecond: n / seconds, peakRssMb: childCost(res.stderr).peakRssMb };
}

// The corpus and outputs are removed in the end, even when a run throws (with --keep, kept).
try {
  writeCorpus(corpus, n);
  console.log(`${n} articles (mean ${meanFixtureChars.toFixed(0)} chars) in ${corpus}; ${cores} cores; node ${process.version}`);
  const one = run(1);
  const all = run(cores);
  for (const r of [one, all]) {
    console.log(`${String(r.workers).padStart(2)} worker(s): ${r.seconds.toFixed(1)} s, ${r.perSecond.toFixed(0)} articles/s, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
  }
  console.log(`all cores / one worker = ${(all.perSecond / one.perSecond).toFixed(2)}x (target >= 1.6x); peak RSS max ${Math.max(one.peakRssMb, all.peakRssMb).toFixed(0)} MB (target <= 300 MB)`);
} finally {
  if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
}
