import { describe, expect, it } from 'vitest';
import { queueable } from '../../src/queue/add-jobs.js';

describe('queueable: what a job carries', () => {
  it('a page of a web archive becomes a failure naming what to do instead', () => {
    const page = { id: 'https://example.org/a', bytes: Buffer.from('<html></html>'), format: 'html' as const, url: 'https://example.org/a', contentType: null, fallbackDate: null };
    expect(queueable(page as never)).toEqual({ id: 'https://example.org/a', error: expect.stringMatching(/web archive is not queued.*wirescan extract/) });
  });
  it.each([
    ['a file by its path', { id: 'a.txt', path: '/data/a.txt', size: 10 }],
    ['a JSONL line with its text', { id: 'x', text: 'Kenya signed a deal.' }],
    ['a failure already', { id: 'y', error: 'empty: no article text' }],
  ])('%s goes as it is (negative)', (_, input) => {
    expect(queueable(input)).toBe(input);
  });
});
