// Worker threads (the compiled library, as the CLI runs it): order kept, and a worker that dies takes
// only its culprit article down, not the rest of its batch.
import { describe, expect, it } from 'vitest';
// @ts-ignore -- the compiled build (tests/build-once.ts makes it); piscina workers cannot load .ts files
import { extractAll, isFailure } from '../dist/index.js';
import type { ArticleInput, ExtractResult } from '../src/index.js';

const article = (i: number): ArticleInput => ({ id: `a${i}`, text: `Talks between Kenya and Ethiopia resumed (round ${i}).`, date: '2024-03-06' });

async function collect(inputs: ArticleInput[], options: object): Promise<ExtractResult[]> {
  const out: ExtractResult[] = [];
  for await (const r of extractAll(inputs, options) as AsyncIterable<ExtractResult>) out.push(r);
  return out;
}

describe('extractAll on worker threads', { timeout: 120_000 }, () => {
  it('a text that is not a string fails alone on a worker (negative: the run goes on)', async () => {
    const inputs = Array.from({ length: 70 }, (_, i) => article(i));
    inputs[66] = { id: 'null', text: null } as unknown as ArticleInput;
    const out = await collect(inputs, { workers: 1 });
    expect(out.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    expect(out[66]).toEqual({ id: 'null', error: 'extract: text must be a string' });
    expect(out.filter(isFailure)).toHaveLength(1);
  });
  it('gives the same records, in the same order, as this thread alone', async () => {
    const inputs = Array.from({ length: 150 }, (_, i) => article(i));
    expect(await collect(inputs, { workers: 2 })).toEqual(await collect(inputs, { workers: 0 }));
  });

  it('an article that exhausts its worker fails alone; the rest of its batch is extracted', async () => {
    const inputs = Array.from({ length: 80 }, (_, i) => article(i));
    // Far larger than `maxArticleBytes` allows for: the worker's heap limit is set from it.
    inputs[70] = { id: 'huge', text: 'Kenya and Ethiopia signed a deal on Monday. '.repeat(120_000) };
    const out = await collect(inputs, { workers: 2, maxArticleBytes: 1 });
    expect(out.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    expect(out.filter(isFailure).map((r) => r.id)).toEqual(['huge']);
    expect((out[70] as { error: string }).error).toMatch(/extraction failed/);
  });
});
