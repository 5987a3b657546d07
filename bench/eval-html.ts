// `npm run eval:html`: extract the article body of every page in ../shared/eval/html/ and score it by that
// folder's rule (4-token shingles, per-page P/R averaged, F1 of the averages), beside readability + linkedom
// alone on the same pages. Prints P/R/F1, accuracy, pages per second (this process, one core) and the worst pages.
// Options: DIR (default ../shared/eval/html), --worst N (default 10), --json, --only wirescan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { averageScores, scorePage, type BodyScore, type PageScore } from '../src/eval/score-shingles.js';
import { decodeHtmlBytes } from '../src/io/decode-html-bytes.js';
import { readHtml } from '../src/io/read-html.js';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !/^--/.test(args[i - 1] ?? '')) ?? '../shared/eval/html';
const worst = Number(args[args.indexOf('--worst') + 1] || 10);
const onlyOurs = args.includes('--only');
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
const keys = Object.keys(gold);
// The pages are read and decompressed before timing: only extraction is timed.
const pages = keys.map((key) => readFileSync(join(dir, 'pages', `${key}.html.gz`)));

type Extractor = (bytes: Buffer, url: string) => string;
const extractors: Record<string, Extractor> = {
  wirescan: (bytes, url) => readHtml(decodeHtmlBytes(bytes).html, url).text,
  // Readability alone, as the benchmark's readability_js runs it (its textContent), over linkedom.
  'readability + linkedom': (bytes) => {
    const { document } = parseHTML(gunzipSync(bytes).toString('utf8'));
    return new Readability(document as never).parse()?.textContent ?? '';
  },
};
if (onlyOurs) delete extractors['readability + linkedom'];

interface Run {
  score: BodyScore;
  pages: PageScore[];
  failed: string[];
  pagesPerSecond: number;
}

function run(extract: Extractor): Run {
  for (let i = 0; i < Math.min(5, pages.length); i++) {
    try {
      extract(pages[i], gold[keys[i]].url); // warm up
    } catch {
      // counted as failed below
    }
  }
  const texts: string[] = [];
  const failed: string[] = [];
  const t0 = performance.now();
  keys.forEach((key, i) => {
    try {
      texts.push(extract(pages[i], gold[key].url));
    } catch (err) {
      failed.push(`${key}: ${(err as Error).message}`);
      texts.push('');
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const scored = keys.map((key, i) => scorePage(texts[i], gold[key].articleBody));
  return { score: averageScores(scored), pages: scored, failed, pagesPerSecond: keys.length / seconds };
}

const results = Object.fromEntries(Object.entries(extractors).map(([name, fn]) => [name, run(fn)]));
if (args.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { ...r.score, pagesPerSecond: r.pagesPerSecond, failed: r.failed }])), null, 2));
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`${keys.length} pages from ${dir}, node ${process.version}, one thread\n`);
  console.log('extractor                  F1      precision  recall   accuracy  pages/s');
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(26)} ${f(r.score.f1)}   ${f(r.score.precision)}      ${f(r.score.recall)}    ${f(r.score.accuracy)}     ${r.pagesPerSecond.toFixed(1)}`);
  }
  const alone = results['readability + linkedom'];
  const ours = results.wirescan;
  if (alone) console.log(`\nwirescan's speed as a share of readability + linkedom alone, same run: ${(ours.pagesPerSecond / alone.pagesPerSecond).toFixed(2)}x`);
  console.log(`\nwirescan's worst ${worst} pages (per-page F1):`);
  const f1 = (s: PageScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
  const order = keys.map((key, i) => ({ key, s: ours.pages[i] })).sort((a, b) => f1(a.s) - f1(b.s));
  for (const { key, s } of order.slice(0, worst)) {
    console.log(`  ${key.slice(0, 8)}  F1 ${f(f1(s))}  P ${f(s.precision)}  R ${f(s.recall)}  ${gold[key].url}`);
  }
  for (const [name, r] of Object.entries(results)) for (const line of r.failed) console.log(`${name} failed: ${line}`);
}
