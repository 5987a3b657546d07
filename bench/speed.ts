// `npm run bench`: the pipeline's cost as a ratio to wink-nlp's readDoc, measured in one process on the
// same articles (the fixtures), rounds interleaved so machine noise hits every contender alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compromise from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../src/index.js';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'fixtures';
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
if (!articles.length) throw new Error(`no .txt articles in ${dir}`);

// The baseline: wink-nlp out of the box (its default pipeline), as a user would call it.
const wink = winkNLP(model);
const contenders: Record<string, (text: string) => unknown> = {
  'wink-nlp readDoc': (text) => wink.readDoc(text),
  'compromise (people, places)': (text) => {
    const doc = compromise(text);
    return [doc.people().json(), doc.places().json()];
  },
  'wirescan extract': (text) => extract(text, { id: 'bench', date: '2024-02-23' }),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (const fn of Object.values(contenders)) for (const a of articles) fn(a); // warm up
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const t0 = performance.now();
    for (const a of articles) fn(a);
    samples[name].push((performance.now() - t0) / articles.length);
  }
}
const base = median(samples['wink-nlp readDoc']);
const chars = articles.reduce((n, a) => n + a.length, 0) / articles.length;
console.log(`${articles.length} articles from ${dir} (mean ${chars.toFixed(0)} chars), ${rounds} rounds, node ${process.version}`);
console.log('contender                     median ms/article   ratio to wink readDoc');
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(30)}${m.toFixed(3).padStart(10)}${(m / base).toFixed(2).padStart(20)}x`);
}
const ratio = median(samples['wirescan extract']) / base;
console.log(`\nwirescan / wink readDoc = ${ratio.toFixed(2)}x (target <= 3x)`);
if (process.argv.includes('--check') && ratio > 3) process.exitCode = 1;

// Where the pipeline's time goes: each stage's median share, same articles.
if (process.argv.includes('--stages')) {
  const { STAGES } = await import('../src/pipeline.js');
  const { createDoc } = await import('../src/doc.js');
  const perStage = STAGES.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    const totals = STAGES.map(() => 0);
    for (const a of articles) {
      let doc = createDoc('bench', a);
      STAGES.forEach((stage, i) => {
        const t0 = performance.now();
        doc = stage(doc, { date: '2024-02-23' });
        totals[i] += performance.now() - t0;
      });
    }
    totals.forEach((t, i) => perStage[i].push(t / articles.length));
  }
  console.log('\nstage                     median ms/article   ratio to wink readDoc');
  STAGES.forEach((stage, i) => console.log(`${stage.name.padEnd(26)}${median(perStage[i]).toFixed(3).padStart(10)}${(median(perStage[i]) / base).toFixed(2).padStart(20)}x`));
}
