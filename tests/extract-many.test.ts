// extractMany runs the stages over groups of articles, one stage at a time (runPipelineGroup): each result must be
// what extractOne gives that input alone, a failure stays in its place, and an article a stage throws on fails alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, Stage } from '../src/doc.js';
import { extractMany, extractOne } from '../src/extract.js';
import type { ArticleInput, InputFailure } from '../src/input.js';
import { runPipeline, runPipelineGroup, STAGES } from '../src/pipeline.js';

const fixtures: ArticleInput[] = readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join('fixtures', f), 'utf8') }));
const ctx = { date: '2024-02-23', dateSource: 'option' as const };

describe('extractMany', () => {
  it('gives every fixture the record extractOne gives it alone, in order (one group and groups cut by size)', () => {
    const alone = fixtures.map((input) => extractOne(input, '2024-02-23'));
    // The fixtures are each a few KB; with an article of all of them twice over, the inputs make more than one group of 32 KB.
    const big = { id: 'big', text: [...fixtures, ...fixtures].map((f) => f.text).join('\n\n') };
    expect(big.text.length).toBeGreaterThan(32 * 1024);
    expect(extractMany([...fixtures, big], '2024-02-23')).toEqual([...alone, extractOne(big, '2024-02-23')]);
  });

  const failed: InputFailure = { id: 'gone', error: 'cannot read file' };
  const rows: [string, (ArticleInput | InputFailure)[], (string | null)[]][] = [
    ['an input that failed before stays a failure in its place', [fixtures[0], failed, fixtures[1]], [null, 'cannot read file', null]],
    ['an input whose own date is no calendar date fails alone', [fixtures[0], { id: 'bad', text: 'Talks began.', date: '2024-02-31' }, fixtures[1]], [null, 'invalid date "2024-02-31"', null]],
    ['an input whose text is not a string fails alone', [{ id: 'num', text: 42 as unknown as string }, fixtures[1]], ['text must be a string', null]],
    ['no inputs, no results', [], []],
  ];
  it.each(rows)('%s', (_, inputs, errors) => {
    const results = extractMany(inputs);
    expect(results.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    results.forEach((r, n) => {
      if (errors[n] === null) expect(r).toEqual(extractOne(inputs[n]));
      else expect('error' in r && r.error).toMatch(new RegExp(errors[n]!));
    });
  });
});

describe('runPipelineGroup', () => {
  it('gives each article the doc runPipeline gives it alone', () => {
    const articles = fixtures.slice(0, 4).map((f) => ({ id: f.id, text: f.text, ctx }));
    expect(runPipelineGroup(articles)).toEqual(articles.map((a) => runPipeline(a.id, a.text, a.ctx)));
  });

  it('an article a stage throws on gets the error and no later stage; the others go through every stage', () => {
    const seen: string[] = [];
    const failOnB: Stage = (doc) => {
      if (doc.id === 'b') throw new Error('stage failed on b');
      return doc;
    };
    const record: Stage = (doc) => (seen.push(doc.id), doc);
    const articles = ['a', 'b', 'c'].map((id) => ({ id, text: `Text ${id}.`, ctx }));
    const docs = runPipelineGroup(articles, [...STAGES.slice(0, 2), failOnB, record]);
    expect(docs.map((d) => (d instanceof Error ? d.message : (d as Doc).id))).toEqual(['a', 'stage failed on b', 'c']);
    expect(seen).toEqual(['a', 'c']);
  });

  it('runs one stage over the whole group before the next (negative: not article by article)', () => {
    const order: string[] = [];
    const mark = (name: string): Stage => (doc) => (order.push(`${name}:${doc.id}`), doc);
    runPipelineGroup(['a', 'b'].map((id) => ({ id, text: id, ctx })), [mark('first'), mark('second')]);
    expect(order).toEqual(['first:a', 'first:b', 'second:a', 'second:b']);
  });
});
