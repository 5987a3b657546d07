// A corpus of generated articles for the benchmarks: fixtures with their paragraphs rotated and a numbered
// closing line, so no two are alike (mean 2,835 characters), in folders of 1,000.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('fixtures', f), 'utf8'));

/** The fixtures' mean length in characters. */
export const meanFixtureChars = fixtures.reduce((s, f) => s + f.length, 0) / fixtures.length;

/** Article i: a fixture with its paragraphs rotated and a numbered closing line. */
export function article(i: number): string {
  const [head, ...paras] = fixtures[i % fixtures.length].split('\n');
  const k = Math.floor(i / fixtures.length) % Math.max(1, paras.length);
  const body = [...paras.slice(0, 1), ...paras.slice(1 + k), ...paras.slice(1, 1 + k)];
  return `${head}\n${body.join('\n')}\nOfficials said talks would resume in ${(i % 11) + 2} weeks (item ${i}).\n`;
}

/** Write articles 0..n-1 under `corpus` (folders 0000, 0001, ... of 1,000 files each). */
export function writeCorpus(corpus: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const dir = join(corpus, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${String(i).padStart(7, '0')}.txt`), article(i));
  }
}
