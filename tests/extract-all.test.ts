import { describe, expect, it } from 'vitest';
import { extract, extractAll, isFailure, type ArticleInput, type InputFailure } from '../src/index.js';

const inputs: (ArticleInput | InputFailure)[] = [
  { id: 'a', text: 'Kenya and Ethiopia signed a trade deal on Monday.', date: '2024-03-06' },
  { id: 'b', error: 'binary data (NUL bytes): not a text article' },
  { id: 'c', text: 'Chile said talks ended.', date: 'not-a-date' },
  { id: 'd', text: 'Peru and Bolivia met.' },
];

describe('extractAll', () => {
  it('yields one result per input, in order, a failure in its place', async () => {
    const out = [];
    for await (const item of extractAll(inputs)) out.push(item);
    expect(out.map((r) => [r.id, isFailure(r)])).toEqual([['a', false], ['b', true], ['c', true], ['d', false]]);
    expect((out[2] as InputFailure).error).toMatch(/invalid date "not-a-date"/);
  });
  it("uses each input's own date, unless the batch sets one", async () => {
    const dates = async (options = {}) => {
      const out = [];
      for await (const r of extractAll([inputs[0], inputs[3]], options)) if (!isFailure(r)) out.push([r.date, r.dateSource]);
      return out;
    };
    expect(await dates()).toEqual([['2024-03-06', 'input'], [null, null]]);
    expect(await dates({ date: '2024-01-01' })).toEqual([['2024-01-01', 'option'], ['2024-01-01', 'option']]);
  });
  // More than a batch (64 articles), in this thread (worker threads: tests/extract-workers.test.ts).
  const many: ArticleInput[] = Array.from({ length: 70 }, (_, n) => ({ id: `m${n}`, text: `${['Kenya', 'Chile', 'Peru'][n % 3]} signed a deal on Monday, day ${n}.` }));
  it('more than a batch: one result each, in order, as extract gives it', async () => {
    const out = [];
    for await (const r of extractAll(many, { date: '2024-03-06' })) out.push(r);
    expect(out).toEqual(many.map((i) => extract(i.text, { id: i.id, date: '2024-03-06' })));
  });
  it('a text that is not a string fails alone (negative: the run goes on)', async () => {
    const bad = { id: 'null', text: null } as unknown as ArticleInput;
    const out = [];
    for await (const r of extractAll([...many.slice(0, 66), bad, many[66]])) out.push(r);
    expect(out.map((r) => r.id)).toEqual([...many.slice(0, 66).map((i) => i.id), 'null', 'm66']);
    expect(out[66]).toEqual({ id: 'null', error: 'extract: text must be a string' });
  });
  it('in this thread, answers each input before the next is sent (a caller waiting for each result is not kept waiting)', async () => {
    let answered = 0;
    async function* oneAtATime(): AsyncGenerator<ArticleInput> {
      for (let n = 0; n < 3; n++) {
        // The next input comes only once the one before has its result.
        while (answered < n) await new Promise((resolve) => setTimeout(resolve, 5));
        yield many[n];
      }
    }
    const ids = [];
    for await (const r of extractAll(oneAtATime())) {
      ids.push(r.id);
      answered++;
    }
    expect(ids).toEqual(['m0', 'm1', 'm2']);
  });
  it('in this thread, inputs that throw midway: the results of those read before come first', async () => {
    async function* failing(): AsyncGenerator<ArticleInput> {
      yield many[0];
      yield many[1];
      throw new Error('input stream broke');
    }
    const ids: string[] = [];
    await expect(async () => {
      for await (const r of extractAll(failing())) ids.push(r.id);
    }).rejects.toThrow('input stream broke');
    expect(ids).toEqual(['m0', 'm1']);
  });
  it('formatted: each record already as its JSON line and CSV rows', async () => {
    for await (const r of extractAll([inputs[0]], { formatted: true })) {
      if (isFailure(r)) throw new Error(r.error);
      expect(JSON.parse(String(r.json))).toEqual(extract((inputs[0] as ArticleInput).text, { id: 'a', date: '2024-03-06', dateSource: 'input' }));
      expect(String(r.mentionsCsv)).toMatch(/^a,country,KE,Kenya,Kenya,0,5,0,KE$/m);
    }
  });
});

describe('extract', () => {
  it('drops a leading byte-order mark; offsets are into the text without it', () => {
    const r = extract('\ufeffKenya signed.');
    expect(r.countries[0].mentions[0]).toMatchObject({ start: 0, end: 5, text: 'Kenya' });
  });
  it('refuses a date that is not a calendar date (negative)', () => {
    expect(() => extract('Kenya signed.', { date: '2024-02-30' })).toThrow(/invalid date "2024-02-30"/);
  });
  it('finds nothing in text with no entities: empty lists, not errors', () => {
    expect(extract('the weather was mild and nothing happened')).toMatchObject({ people: [], countries: [], dates: [], agreements: [] });
  });
});
