// What the CLI loads at start-up: a package one kind of input or run needs (the WARC parser, the progress bar, the
// worker pool, the HTML parser, the queue) is loaded only by a run that needs it, so one article piped on stdin starts
// without them. Each run is watched by module hooks (node --import) that print every file resolved, imported or required.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildWarc, pageEntries } from './helpers/build-warc.js';
import { tempDir } from './temp-dir.js';

const BIN = join(process.cwd(), 'bin', 'wirescan.js');
const dir = tempDir('wirescan-startup-');
const HOOKS = join(dir, 'hooks.mjs');
writeFileSync(HOOKS, `export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); process._rawDebug('resolved ' + r.url); return r; }\n`);
const REGISTER = join(dir, 'register.mjs');
// ESM imports go through the hook; require() calls (CommonJS packages loaded on demand) through Module._resolveFilename.
writeFileSync(
  REGISTER,
  `import Module, { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(HOOKS).href)});
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) { const file = resolveFilename.apply(this, args); process._rawDebug('resolved ' + file); return file; };
`,
);

const ARTICLE = 'Ghana and Togo signed a trade agreement in Accra on Monday, President John Mahama said.\n';
// The packages watched: the optional ones, and two every run of its kind loads, so that a hook that stops printing
// fails the test instead of passing it: commander (imported: seen by the import hook) in every run, and
// i18n-iso-countries (required by the country lexicon: seen by the require hook, which the worker threads run too).
const OPTIONAL = ['warcio', 'cli-progress', 'piscina', 'linkedom', 'bullmq', 'commander', 'i18n-iso-countries'] as const;

/** The optional packages a run of `wirescan ...args` loaded (any of their files resolved), and its exit code. */
function loaded(args: string[], input = ''): { packages: string[]; status: number | null } {
  const res = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  const urls = res.stderr.split('\n').filter((l) => l.startsWith('resolved ')).map((l) => l.slice('resolved '.length));
  return { packages: OPTIONAL.filter((p) => urls.some((u) => u.includes(`/node_modules/${p}/`))), status: res.status };
}

describe('start-up loads only what the run needs', async () => {
  const warc = join(dir, 'crawl.warc');
  writeFileSync(warc, await buildWarc(pageEntries(), { gzip: false }));
  const many = join(dir, 'many.jsonl');
  writeFileSync(many, Array.from({ length: 70 }, (_, n) => JSON.stringify({ id: `a${n}`, text: ARTICLE })).join('\n') + '\n');

  it.each([
    { run: 'one article on stdin (no terminal, so no bar)', args: ['extract'], input: ARTICLE, expected: ['commander', 'i18n-iso-countries'] },
    { run: 'JSON Lines under one batch, --concurrency 2 (done in this thread)', args: ['extract', '--input-format', 'jsonl', '--concurrency', '2', '--quiet'], input: `{"id":"x","text":${JSON.stringify(ARTICLE)}}\n`, expected: ['commander', 'i18n-iso-countries'] },
    { run: 'a web archive (negative: loads the WARC parser and the HTML parser)', args: ['extract', warc, '--concurrency', '1', '--quiet'], input: '', expected: ['warcio', 'linkedom', 'commander', 'i18n-iso-countries'] },
    { run: 'more than a batch on workers (negative: loads the pool; the workers load the pipeline)', args: ['extract', many, '--input-format', 'jsonl', '--concurrency', '2', '--quiet'], input: '', expected: ['piscina', 'commander', 'i18n-iso-countries'] },
  ])('$run', ({ args, input, expected }) => {
    const { packages, status } = loaded(args, input);
    expect(status).toBe(0);
    expect(packages).toEqual(expected);
  });
});
