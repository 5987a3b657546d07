import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle, readArticleFile } from '../../src/io/read-article-file.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('wirescan-read-');
const file = (name: string, bytes: string | Uint8Array) => {
  writeFileSync(join(dir, name), bytes);
  return { id: name, path: join(dir, name), size: 0 };
};

describe('readArticle', () => {
  it('reads an article file, as readInputs would', () => {
    expect(readArticle(file('a.txt', 'Kenya signed.'))).toEqual({ id: 'a.txt', text: 'Kenya signed.' });
    expect(readArticle(file('b.txt', Uint8Array.from([0xff, 0xfe, 0x4b, 0, 0x65, 0])))).toEqual({ id: 'b.txt', text: 'Ke' });
  });
  it('passes texts and failures through as they are', () => {
    expect(readArticle({ id: 'x', text: 'Peru.', date: '2024-01-01' })).toEqual({ id: 'x', text: 'Peru.', date: '2024-01-01' });
    expect(readArticle({ id: 'y', error: 'no such file or folder' })).toEqual({ id: 'y', error: 'no such file or folder' });
  });

  const refused: [string, { id: string; path: string; size: number }, string][] = [
    ['a file that is gone', { id: 'gone.txt', path: join(dir, 'gone.txt'), size: 1 }, 'no such file or folder'],
    ['an empty file', file('empty.txt', ''), 'empty: no article text'],
    ['binary data', file('bin.txt', Uint8Array.from([0x50, 0x4b, 0, 0])), 'binary data (NUL bytes): not a text article'],
  ];
  it.each(refused)('refuses %s, with the reason', (_, input, error) => {
    expect(readArticle(input)).toEqual({ id: input.id, error });
  });
});

describe('readArticleFile (the queue worker\'s read)', () => {
  it('throws for a file that cannot be read, so the job is retried (negative: no failure returned)', () => {
    expect(() => readArticleFile({ id: 'gone.txt', path: join(dir, 'gone.txt'), size: 1 })).toThrow(/ENOENT/);
    expect(() => readArticleFile({ id: 'dir', path: dir, size: 1 })).toThrow(/EISDIR/);
  });
  it('returns a failure for bytes that are no article, as readArticle does', () => {
    const empty = file('empty2.txt', '');
    expect(readArticleFile(empty)).toEqual(readArticle(empty));
    expect(readArticleFile(empty)).toEqual({ id: 'empty2.txt', error: 'empty: no article text' });
  });
});
