// `npm run build && npx tsx bench/warc-memory.ts [N] [--no-bomb] [--root DIR]`: a web archive of N records
// (default 3,000; the team's pages, tests/pages/, as .warc.gz members) with, halfway, one record whose
// gzip Content-Encoding inflates to 400 MB (about 400 KB as stored), extracted by the CLI (`--concurrency 2`,
// --max-bytes at its default); prints records, failures, seconds and peak RSS (worker threads included).
// `--root DIR` runs the build of another checkout (its dist/), to compare two versions on the same archive.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { teamPages, warcRecord } from '../tests/helpers/build-warc.js';
import { CLI_CHILD, childCost } from './cli-child.js';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 3000);
const bomb = !args.includes('--no-bomb');
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : '.');

const dir = mkdtempSync(join(tmpdir(), 'wirescan-warc-memory-'));
const archive = join(dir, 'big.warc.gz');
const pages = teamPages();
const out = createWriteStream(archive);
const inflated = 400 * 1024 * 1024;
const oversized = bomb ? gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(inflated, 0x20), Buffer.from('</p></body></html>')])) : null;
for (let i = 0; i < n; i++) {
  if (oversized && i === n >> 1) out.write(await warcRecord({ type: 'response', url: 'https://big.example/oversized', body: oversized, headers: { 'Content-Encoding': 'gzip' } }, true));
  const page = pages[i % pages.length];
  out.write(await warcRecord({ type: 'response', url: `https://big.example/${i}/${page.name}`, contentType: page.contentType, body: page.bytes }, true));
}
await new Promise((done) => out.end(done));

const t0 = performance.now();
const res = spawnSync(process.execPath, ['--input-type=module', '-e', CLI_CHILD, 'extract', archive, '--out', join(dir, 'out'), '--concurrency', '2', '--quiet'], { cwd: root, encoding: 'utf8' });
const seconds = (performance.now() - t0) / 1000;
const peakMb = childCost(res.stderr).peakRssMb;
const count = (file: string) => {
  try {
    return readFileSync(join(dir, 'out', file), 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};
console.log(`${n} page records${oversized ? ` + 1 gzip-encoded record of ${oversized.length} bytes inflating to ${inflated} bytes` : ''}; ${root}; node ${process.version}`);
console.log(`exit ${res.status}: ${count('articles.jsonl')} records, ${count('errors.jsonl')} failed, ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`);
if (count('errors.jsonl')) console.log(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8').trim());
rmSync(dir, { recursive: true, force: true });
