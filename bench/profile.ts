// `npm run bench:profile`: where the pipeline's time goes on real news. Runs the pipeline as the CLI does (`extractMany`
// over batches of 64 articles) over the texts of the annotated corpora in ../shared/eval (OntoNotes, CoNLL and GMB
// dev, about 4 MB) under V8's sampling profiler and prints the functions with the most self time, and the time by
// source file (`-- --top N`; `-- --out FILE.cpuprofile` keeps it).
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { extractMany } from '../src/extract.js';
import { readNewsTexts } from './read-news-texts.js';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const top = Number(process.argv.includes('--top') ? arg('--top') : 25);
const texts = readNewsTexts();
const inputs = texts.map((text) => ({ id: 'bench', text }));
const run = (list: typeof inputs) => {
  for (let i = 0; i < list.length; i += 64) extractMany(list.slice(i, i + 64), '2020-01-01');
};
run(inputs.slice(0, 50)); // warm up

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = performance.now();
run(inputs);
const ms = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
if (process.argv.includes('--out')) writeFileSync(arg('--out'), JSON.stringify(profile));

const total = profile.nodes.reduce((n, x) => n + x.hitCount, 0);
const byFrame = new Map<string, number>();
const byFile = new Map<string, number>();
for (const n of profile.nodes) {
  const { functionName, url, lineNumber } = n.callFrame;
  const file = url.replace(/^.*\/(node_modules\/[^/]+|src)\//, '$1/') || '(native)';
  const frame = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
  byFrame.set(frame, (byFrame.get(frame) ?? 0) + n.hitCount);
  byFile.set(file, (byFile.get(file) ?? 0) + n.hitCount);
}
const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`${texts.length} texts, ${(chars / 1e6).toFixed(1)} MB, ${ms.toFixed(0)} ms under the profiler (${(ms / texts.length).toFixed(2)} ms a text)`);
console.log(`\nself time by function (top ${top}):`);
for (const [f, n] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(n)}  ${f}`);
console.log('\nself time by file (top 15):');
for (const [f, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(n)}  ${f}`);
