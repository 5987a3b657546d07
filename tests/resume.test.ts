// Nothing lost: a run killed at any moment, resumed, gives exactly the uninterrupted run's output.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

const BIN = join(process.cwd(), 'bin', 'wirescan.js');
const FILES = ['articles.jsonl', 'mentions.csv', 'agreements.csv', 'errors.jsonl'];
const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'extract', ...args, '--quiet'], { encoding: 'utf8', timeout: 300_000 });
const read = (dir: string) => Object.fromEntries(FILES.map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : null]));
const lineCount = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);

/** A corpus of `n` articles made from the fixtures, each a little different, with a few bad files. */
function corpus(n: number): string {
  const dir = tempDir('wirescan-resume-');
  const texts = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('fixtures', f), 'utf8'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `part-${String(i % 7)}`);
    mkdirSync(sub, { recursive: true });
    const body = i % 50 === 13 ? '' : `${texts[i % texts.length]}\nThe talks resumed ${i % 28} days later.`;
    writeFileSync(join(sub, `article-${String(i).padStart(5, '0')}.txt`), body);
  }
  return dir;
}

describe('--resume after SIGKILL', { timeout: 300_000 }, () => {
  const dir = corpus(200);
  const whole = join(tempDir('wirescan-whole-'), 'whole');
  const reference = run([dir, '--out', whole, '--concurrency', '1']);

  it('the uninterrupted run recorded every input once', () => {
    expect(reference.status).toBe(1); // the empty files fail
    expect(lineCount(join(whole, 'articles.jsonl')) + lineCount(join(whole, 'errors.jsonl'))).toBe(200);
  });

  it('a killed run, resumed (twice), gives byte-for-byte the same files', async () => {
    const out = join(tempDir('wirescan-killed-'), 'killed');
    for (const [workers, atLeast] of [['2', 50], ['1', 110]] as const) {
      const child = spawn(process.execPath, [BIN, 'extract', dir, '--out', out, '--concurrency', workers, '--quiet', ...(atLeast > 50 ? ['--resume'] : [])]);
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (lineCount(join(out, 'articles.jsonl')) >= atLeast) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
        }, 5);
        child.on('exit', () => {
          clearInterval(timer);
          reject(new Error('the run ended before it could be killed'));
        });
      });
    }
    appendFileSync(join(out, 'articles.jsonl'), '{"schemaVersion":1,"id":"torn'); // as if killed mid-line
    const resumed = run([dir, '--out', out, '--resume']);
    expect(resumed.status).toBe(1); // failures recorded before the kill still count
    expect(run([dir, '--out', out, '--resume']).status).toBe(1); // and again, with nothing left to do
    expect(read(out)).toEqual(read(whole));
  });

  it('worker threads give the same files as one thread', () => {
    const out = join(tempDir('wirescan-workers-'), 'workers');
    run([dir, '--out', out, '--concurrency', '2']);
    expect(read(out)).toEqual(read(whole));
  });

  it('refuses to resume into a folder made from other inputs (negative)', () => {
    const other = corpus(3);
    const res = spawnSync(process.execPath, [BIN, 'extract', other, '--out', whole, '--resume'], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/--resume: the output folder/);
  });
});
