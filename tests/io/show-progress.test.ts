// The progress bar: shown on a terminal (cli-progress, loaded only then), messages only otherwise.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/io/show-progress.js';

/** A stream that says it is a terminal (or not), and everything written to it. */
function terminal(isTTY: boolean): { stream: PassThrough & { isTTY: boolean; columns: number }; written: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, written: () => Buffer.concat(chunks).toString('utf8') };
}

describe('startProgress', () => {
  it('on a terminal: draws the bar with the count and total, messages above it', async () => {
    const { stream, written } = terminal(true);
    const progress = startProgress(stream, true, Promise.resolve(4), 0, () => 0);
    await Promise.resolve();
    progress.update(2);
    progress.log('x.txt: binary data\n');
    // The bar is drawn five times a second (and cleared when it stops).
    await new Promise((resolve) => setTimeout(resolve, 400));
    progress.stop();
    expect(written()).toMatch(/wirescan .* 2\/4 articles/);
    expect(written()).toContain('x.txt: binary data');
  });
  it('not shown (--quiet, or no terminal): messages only, no bar (negative)', () => {
    const { stream, written } = terminal(false);
    const progress = startProgress(stream, false, Promise.resolve(4));
    progress.update(2);
    progress.log('x.txt: binary data\n');
    progress.stop();
    expect(written()).toBe('x.txt: binary data\n');
  });
});
