import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs, type InputFormat } from '../../src/io/read-inputs.js';
import { ARCHIVE_NOT_QUEUED, listQueueInputs, namedArchives } from '../../src/queue/list-queue-inputs.js';

const root = mkdtempSync(join(tmpdir(), 'wirescan-list-queue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder of what `extract` reads: text, Markdown, pages, JSON Lines (with a bad line), a dangling link, files it skips. */
function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'b', 'c'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'Chile and Peru signed a deal.');
  writeFileSync(join(dir, 'b', 'note.md'), 'Kenya and Ethiopia resumed talks.');
  writeFileSync(join(dir, 'b', 'page.html'), '<html><body><article><p>Ghana and Togo agreed.</p></article></body></html>');
  writeFileSync(join(dir, 'b', 'c', 'lines.jsonl'), `${JSON.stringify({ id: 'x', text: 'Norway signed.' })}\nnot json\n`);
  writeFileSync(join(dir, 'b', 'skip.csv'), 'a,b\n');
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'b', 'dangling.txt'));
  return dir;
}

const options = (inputFormat: InputFormat) => ({ inputFormat, stdin: Readable.from([]), maxBytes: 1000 });
const all = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe('listQueueInputs: the inputs as extract lists them', () => {
  it.each(['text', 'jsonl'] as const)('a folder without archives (%s): the same items, ids and order as readInputs', async (format) => {
    const dir = folder(`same-${format}`);
    const paths = [dir, join(dir, 'a.txt'), join(root, 'missing.txt')];
    const archives: string[] = [];
    const listed = await all(listQueueInputs(paths, options(format), (id) => archives.push(id)));
    expect(listed).toEqual(await all(readInputs(paths, { ...options(format), deferFiles: true })));
    expect(listed.map((i) => i.id)).toContain(format === 'jsonl' ? 'b/c/lines.jsonl:2' : 'b/note.md');
    expect(archives).toEqual([]);
  });

  // A JSON Lines line's id: its own "id", else FILE:LINE with FILE relative to the folder, as extract names it.
  let n = 0;
  it.each([
    { name: 'no "id"', file: 'lines.jsonl', line: { text: 'Iceland and Malta opened a ferry route.' }, id: 'lines.jsonl:1' },
    { name: '"id" null', file: 'lines.jsonl', line: { id: null, text: 'Iceland and Malta opened a ferry route.' }, id: 'lines.jsonl:1' },
    { name: 'no "id", in a subfolder', file: 'deep/er/lines.jsonl', line: { text: 'Bhutan and Nepal met.' }, id: 'deep/er/lines.jsonl:1' },
    { name: 'no "id", a bad date (a failure)', file: 'lines.jsonl', line: { text: 'Bhutan and Nepal met.', date: 5 }, id: 'lines.jsonl:1' },
    { name: 'its own "id" (kept)', file: 'lines.jsonl', line: { id: 'own', text: 'Bhutan and Nepal met.' }, id: 'own' },
    { name: 'a numeric "id" (kept)', file: 'lines.jsonl', line: { id: 7, text: 'Bhutan and Nepal met.' }, id: '7' },
    { name: 'not JSON (a failure)', file: 'lines.jsonl', line: 'not json', id: 'lines.jsonl:1' },
  ])('a JSON Lines line with $name in a folder: the id extract gives it', async ({ file, line, id }) => {
    const dir = join(root, `ids-${++n}`);
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
    const listed = await all(listQueueInputs([dir], options('jsonl'), () => {}));
    expect(listed.map((i) => i.id)).toEqual([id]);
    expect(listed).toEqual(await all(readInputs([dir], { ...options('jsonl'), deferFiles: true })));
  });

  it('a web archive in a folder: not opened, one failure in its place, and told', async () => {
    const dir = folder('archive');
    writeFileSync(join(dir, 'b', 'crawl.warc.gz'), 'not even gzip'); // opened, it would fail another way
    const archives: string[] = [];
    const listed = await all(listQueueInputs([dir], options('text'), (id) => archives.push(id)));
    expect(archives).toEqual(['b/crawl.warc.gz']);
    expect(listed.map((i) => i.id)).toEqual(['a.txt', 'b/crawl.warc.gz', 'b/dangling.txt', 'b/note.md', 'b/page.html']);
    expect(listed[1]).toEqual({ id: 'b/crawl.warc.gz', error: ARCHIVE_NOT_QUEUED });
  });

  it('web archives named as inputs are found by name (refused before anything is added)', () => {
    expect(namedArchives(['a.txt', 'x.warc', 'dir', 'y.WARC.gz', '-'])).toEqual(['x.warc', 'y.WARC.gz']);
    expect(namedArchives(['a.txt', 'warc', 'x.warc.txt'])).toEqual([]);
  });
});
