import { describe as group, expect, it } from 'vitest';
import { describe } from '../../src/io/describe-error.js';

/** A file-system error as Node makes it. */
const fsError = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

group('describe (the reason recorded for a failed input)', () => {
  const rows: [string, unknown, string][] = [
    ['missing', fsError('ENOENT'), 'no such file or folder'],
    ['no permission', fsError('EACCES'), 'permission denied: cannot read it'],
    ['not permitted', fsError('EPERM'), 'permission denied: cannot read it'],
    ['a link loop', fsError('ELOOP'), 'too many symbolic links (a loop)'],
    ['a folder read as a file', fsError('EISDIR'), 'is a folder'],
    ['a failing disk or special file', fsError('EIO'), 'input/output error: cannot read it'],
    // Negative: anything else keeps its own message, and a thrown non-error is shown as text.
    ['another code', fsError('EMFILE'), 'EMFILE: raw message'],
    ['a plain error', new Error('bad input'), 'bad input'],
    ['a thrown string', 'oops', 'oops'],
  ];
  it.each(rows)('%s', (_, err, reason) => {
    expect(describe(err)).toBe(reason);
  });
});
