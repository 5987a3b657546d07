// extractMany runs the stages over groups of articles, one stage at a time (runPipelineGroup): each result must be
// what `extract` (every stage over the one article) gives that input, a failure stays in its place, and an article a
// stage throws on fails alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, Stage } from '../src/doc.js';
import { extract, extractMany } from '../src/extract.js';
import type { ArticleInput, InputFailure } from '../src/input.js';
import { runPipeline, runPipelineGroup, STAGES } from '../src/pipeline.js';

const fixtures: ArticleInput[] = readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join('fixtures', f), 'utf8') }));
const ctx = { date: '2024-02-23', dateSource: 'option' as const };
const SOURCE: NonNullable<ArticleInput['source']> = { url: 'https://example.org/a', title: 'Kenya and Tanzania sign rail deal', publisher: null, format: 'html' };

describe('extractMany', () => {
  it('gives every article the record extract gives it alone, in order, across several groups and a long article', () => {
    // The fixtures twice (about 51 KB of articles of a few KB each) make at least two groups of 32 KB; then one
    // article longer than a group.
    const small = [...fixtures, ...fixtures.map((f) => ({ ...f, id: `again-${f.id}` }))];
    expect(small.reduce((n, f) => n + f.text.length, 0)).toBeGreaterThan(1.5 * 32 * 1024);
    const long = { id: 'long', text: small.map((f) => f.text).join('\n\n') };
    const inputs = [...small, long, fixtures[0]];
    expect(extractMany(inputs, '2024-02-23')).toEqual(inputs.map((i) => extract(i.text, { id: i.id, date: '2024-02-23' })));
  });

  const body = 'NAIROBI, March 12 (Wirescan) - Kenya and Tanzania signed a rail agreement on Tuesday, officials said.';
  const rows: [string, ArticleInput, string | null, ReturnType<typeof extract> | InputFailure][] = [
    ['the input\'s own date and its source', { id: 'a', text: body, date: '2024-03-12', dateSource: 'html-meta' }, null,
      extract(body, { id: 'a', date: '2024-03-12', dateSource: 'html-meta' })],
    ['the batch\'s date over the input\'s own', { id: 'a', text: body, date: '2024-03-12', dateSource: 'html-meta' }, '2024-05-01',
      extract(body, { id: 'a', date: '2024-05-01', dateSource: 'option' })],
    ['a fallback date (a crawl\'s) below the dateline', { id: 'a', text: body, fallbackDate: '2027-06-01', fallbackDateSource: 'warc-date' }, null,
      extract(body, { id: 'a', dateSource: 'input', fallbackDate: '2027-06-01', fallbackDateSource: 'warc-date' })],
    ['a page: its body alone (no headline line), its title, source and text (without a byte-order mark)', { id: 'p', text: `\uFEFF${body}`, source: SOURCE }, null,
      { ...extract(body, { id: 'p', dateSource: 'input', bodyOnly: true }), title: SOURCE.title, source: SOURCE, text: body }],
    ['a page with no title of its own keeps the record\'s (none: a body has no headline)', { id: 'p', text: body, source: { ...SOURCE, title: null } }, null,
      { ...extract(body, { id: 'p', dateSource: 'input', bodyOnly: true }), source: { ...SOURCE, title: null }, text: body }],
    ['an input whose own date is no calendar date fails alone', { id: 'bad', text: body, date: '2024-02-31' }, null,
      { id: 'bad', error: 'invalid date "2024-02-31": expected a calendar date as YYYY-MM-DD, e.g. 2024-02-23' }],
    ['a bad fallback date fails alone', { id: 'bad', text: body, fallbackDate: '2024-13-01' }, null,
      { id: 'bad', error: 'invalid date "2024-13-01": expected a calendar date as YYYY-MM-DD, e.g. 2024-02-23' }],
    ['a text that is not a string fails alone', { id: 'num', text: 42 as unknown as string }, null, { id: 'num', error: 'extract: text must be a string' }],
  ];
  it.each(rows)('%s, between two good articles', (_, input, date, expected) => {
    const [before, result, after] = extractMany([fixtures[0], input, fixtures[1]], date);
    expect(result).toEqual(expected);
    expect([before, after]).toEqual([fixtures[0], fixtures[1]].map((f) => extract(f.text, { id: f.id, date: date ?? undefined, dateSource: date ? 'option' : 'input' })));
  });

  it('a bad date for the batch fails each input, each with the reason', () => {
    const error = 'invalid date "2024-02-30": expected a calendar date as YYYY-MM-DD, e.g. 2024-02-23';
    expect(extractMany(fixtures.slice(0, 2), '2024-02-30')).toEqual(fixtures.slice(0, 2).map((f) => ({ id: f.id, error })));
  });

  it('an input that failed before stays that failure, in its place; no inputs, no results', () => {
    const failed: InputFailure = { id: 'gone', error: 'cannot read file' };
    expect(extractMany([failed, fixtures[0]])[0]).toBe(failed);
    expect(extractMany([])).toEqual([]);
  });
});

describe('runPipelineGroup', () => {
  it('gives each article the doc runPipeline gives it alone', () => {
    const articles = fixtures.slice(0, 4).map((f) => ({ id: f.id, text: f.text, ctx }));
    expect(runPipelineGroup(articles)).toEqual(articles.map((a) => runPipeline(a.id, a.text, a.ctx)));
  });

  it.each([
    ['an Error', new Error('stage failed on b'), 'stage failed on b'],
    ['a string', 'stage failed on b', 'stage failed on b'],
  ])('an article a stage throws on (%s) gets the error and no later stage; the others go through every stage', (_, thrown, message) => {
    const seen: string[] = [];
    const failOnB: Stage = (doc) => {
      if (doc.id === 'b') throw thrown;
      return doc;
    };
    const record: Stage = (doc) => (seen.push(doc.id), doc);
    const articles = ['a', 'b', 'c'].map((id) => ({ id, text: `Text ${id}.`, ctx }));
    const docs = runPipelineGroup(articles, [...STAGES.slice(0, 2), failOnB, record]);
    expect(docs.map((d) => (d instanceof Error ? d.message : (d as Doc).id))).toEqual(['a', message, 'c']);
    expect(seen).toEqual(['a', 'c']);
  });

  it('runs one stage over the whole group before the next (negative: not article by article)', () => {
    const order: string[] = [];
    const mark = (name: string): Stage => (doc) => (order.push(`${name}:${doc.id}`), doc);
    runPipelineGroup(['a', 'b'].map((id) => ({ id, text: id, ctx })), [mark('first'), mark('second')]);
    expect(order).toEqual(['first:a', 'first:b', 'second:a', 'second:b']);
  });
});
