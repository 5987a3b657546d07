// `npm run bench`: the pipeline's cost as a ratio to wink-nlp's readDoc, measured in one process on the same articles,
// rounds interleaved so machine noise hits every contender alike. Two sets: the fixtures, and real news (the texts of
// OntoNotes, CoNLL and GMB dev in ../shared/eval, skipped with a notice when absent). `-- --stages` adds each stage's
// share; `-- --check` fails when the fixtures' ratio is over 1.5x; a folder argument replaces the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compromise from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../src/index.js';
import { extractMany } from '../src/extract.js';
import { median } from './cli-child.js';
import { readNewsTexts } from './read-news-texts.js';

const TARGET = 1.5;
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'fixtures';
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
if (!fixtures.length) throw new Error(`no .txt articles in ${dir}`);
let news: string[] = [];
try {
  news = readNewsTexts();
} catch (err) {
  console.log(`(real news skipped: ${(err as Error).message})`);
}

// The baseline: wink-nlp out of the box (its default pipeline), as a user would call it. Each contender reads a
// list of articles; wirescan twice: one `extract` call an article, and in batches of 64 (`extractMany`, as `extractAll`,
// the CLI and its workers run it: the stages over groups of articles, one stage at a time).
const wink = winkNLP(model);
const eachArticle = (f: (text: string) => unknown) => (articles: string[]) => articles.forEach(f);
const BATCH = 64;
const contenders: Record<string, (articles: string[]) => void> = {
  'wink-nlp readDoc': eachArticle((text) => wink.readDoc(text)),
  'compromise (people, places)': eachArticle((text) => {
    const doc = compromise(text);
    return [doc.people().json(), doc.places().json()];
  }),
  'wirescan extract, one by one': eachArticle((text) => extract(text, { id: 'bench', date: '2024-02-23' })),
  'wirescan, batches (as the CLI)': (articles) => {
    for (let i = 0; i < articles.length; i += BATCH) extractMany(articles.slice(i, i + BATCH).map((text) => ({ id: 'bench', text })), '2024-02-23');
  },
};
const WIRESCAN = 'wirescan, batches (as the CLI)';

/** Median ms per article of each contender over `rounds` interleaved rounds (compromise only on small sets). */
function measure(articles: string[], skip: Set<string>): Record<string, number> {
  const names = Object.keys(contenders).filter((n) => !skip.has(n));
  const samples: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (const n of names) contenders[n](articles.slice(0, 20)); // warm up
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      const t0 = performance.now();
      contenders[n](articles);
      samples[n].push((performance.now() - t0) / articles.length);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

function report(label: string, articles: string[], skip: Set<string>): number {
  const chars = articles.reduce((n, a) => n + a.length, 0);
  const ms = measure(articles, skip);
  const base = ms['wink-nlp readDoc'];
  console.log(`\n${label}: ${articles.length} articles (mean ${(chars / articles.length).toFixed(0)} chars), ${rounds} rounds, node ${process.version}`);
  console.log('contender                     median ms/article   ratio to wink readDoc');
  for (const [name, m] of Object.entries(ms)) console.log(`${name.padEnd(30)}${m.toFixed(3).padStart(10)}${(m / base).toFixed(2).padStart(20)}x`);
  const ratio = ms[WIRESCAN] / base;
  console.log(`wirescan (batches) / wink readDoc = ${ratio.toFixed(2)}x (target <= ${TARGET}x); one by one ${(ms['wirescan extract, one by one'] / base).toFixed(2)}x`);
  return ratio;
}

const ratio = report(`fixtures (${dir})`, fixtures, new Set());
if (news.length) {
  // Real news is about 2 MB: compromise (15x wink) is left out.
  report('real news (OntoNotes, CoNLL, GMB dev)', news, new Set(['compromise (people, places)']));
}
if (process.argv.includes('--check') && ratio > TARGET) process.exitCode = 1;

// Where the pipeline's time goes: each stage's median share, same articles, run as extractMany runs them (each stage
// over a group of articles of up to 32 KB of text in turn).
if (process.argv.includes('--stages')) {
  const { STAGES } = await import('../src/pipeline.js');
  const { createDoc } = await import('../src/doc.js');
  const { buildRecord } = await import('../src/build-record.js');
  const set = news.length ? news : fixtures;
  const base = measure(set, new Set(['compromise (people, places)', 'wirescan extract, one by one', WIRESCAN]))['wink-nlp readDoc'];
  const names = [...STAGES.map((s) => s.name), 'buildRecord'];
  const perStage = names.map(() => [] as number[]);
  const groups: string[][] = [[]];
  let chars = 0;
  for (const a of set) {
    groups[groups.length - 1].push(a);
    if ((chars += a.length) >= 32 * 1024) groups.push([]), (chars = 0);
  }
  for (let r = 0; r < Math.max(3, Math.floor(rounds / 3)); r++) {
    const totals = names.map(() => 0);
    for (const group of groups) {
      let docs = group.map((a) => createDoc('bench', a));
      STAGES.forEach((stage, i) => {
        const t0 = performance.now();
        docs = docs.map((doc) => stage(doc, { date: '2024-02-23' }));
        totals[i] += performance.now() - t0;
      });
      const t0 = performance.now();
      docs.forEach(buildRecord);
      totals[names.length - 1] += performance.now() - t0;
    }
    totals.forEach((t, i) => perStage[i].push(t / set.length));
  }
  console.log(`\nstage (${news.length ? 'real news' : 'fixtures'})     median ms/article   ratio to wink readDoc`);
  names.forEach((name, i) => console.log(`${name.padEnd(26)}${median(perStage[i]).toFixed(3).padStart(10)}${(median(perStage[i]) / base).toFixed(2).padStart(20)}x`));
}
