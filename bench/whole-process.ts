// `npm run bench:process [-- --runs N]`: the whole process, as a user runs it. The real news of ../shared/eval (OntoNotes,
// CoNLL and GMB dev, about 2 MB) is written to one JSON Lines file; then, in turn, N times each (default 5):
//   - `wirescan extract news.jsonl --input-format jsonl --concurrency 1 --out DIR` (start-up, reading, every stage, writing);
//   - a script that starts Node, loads wink-nlp with its English model and runs its default `readDoc` on every line's text.
// Prints each one's median wall time and their ratio (target <= 1.5x). Runs alternate, so a busy machine slows both alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './cli-child.js';
import { readNewsTexts } from './read-news-texts.js';

const TARGET = 1.5;
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const runs = Number(process.argv.includes('--runs') ? arg('--runs') : 5);

// The baseline: read the same file line by line and run wink-nlp's readDoc (its default pipeline) on each text.
const BASELINE = `import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readFileSync } from 'node:fs';
const nlp = winkNLP(model);
let tokens = 0;
for (const line of readFileSync(process.argv[1], 'utf8').split('\\n')) if (line) tokens += nlp.readDoc(JSON.parse(line).text).tokens().length();
process.stdout.write(String(tokens));`;

function time(label: string, args: string[]): number {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, cwd: resolve('.') });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`${label} failed (${res.status}): ${res.stderr.slice(-2000)}`);
  return ms;
}

const root = mkdtempSync(join(tmpdir(), 'wirescan-process-'));
// Removed in the end, even when a run throws.
let ratio = 0;
try {
  const input = join(root, 'news.jsonl');
  const texts = readNewsTexts();
  writeFileSync(input, texts.map((text, n) => JSON.stringify({ id: `news-${n + 1}`, text })).join('\n') + '\n');

  const wirescan: number[] = [];
  const wink: number[] = [];
  for (let r = 0; r < runs; r++) {
    wink.push(time('wink readDoc', ['--input-type=module', '-e', BASELINE, input]));
    const out = join(root, `out-${r}`);
    wirescan.push(time('wirescan extract', ['bin/wirescan.js', 'extract', input, '--input-format', 'jsonl', '--concurrency', '1', '--out', out, '--quiet']));
    rmSync(out, { recursive: true, force: true });
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`${texts.length} articles (${(chars / 1e6).toFixed(1)} MB) in one JSON Lines file; ${runs} runs each, alternating; node ${process.version}`);
  console.log('whole process                                median s');
  console.log(`node + wink-nlp readDoc (default pipeline)   ${(median(wink) / 1000).toFixed(2).padStart(8)}`);
  console.log(`wirescan extract --concurrency 1 --out      ${(median(wirescan) / 1000).toFixed(2).padStart(8)}`);
  ratio = median(wirescan) / median(wink);
  console.log(`wirescan / wink readDoc = ${ratio.toFixed(2)}x (target <= ${TARGET}x)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
if (process.argv.includes('--check') && ratio > TARGET) process.exitCode = 1;
