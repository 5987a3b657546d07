// The command line: turns argv into options and calls the library. No NLP here.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { extractAll } from './extract-all.js';
import { isFailure } from './input.js';
import { readInputs, type InputFormat } from './io/read-inputs.js';
import { countInputs } from './io/list-files.js';
import { openOutputFolder, streamSink, type OutputFormat } from './io/write-outputs.js';
import { ResumeError, skipDone } from './io/skip-done.js';
import { recordSchema } from './schema.js';
import { startProgress } from './io/show-progress.js';
import { UsageError } from './usage-error.js';
import { DEFAULT_MAX_BYTES, isoDate, positiveInt } from './parse-options.js';
import { addQueueCommands } from './queue/queue-commands.js';

/** The streams a run uses; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

interface ExtractFlags {
  out?: string;
  format: OutputFormat;
  inputFormat: InputFormat;
  date?: string;
  concurrency: number;
  maxBytes: number;
  resume?: boolean;
  quiet?: boolean;
  /** false with --no-text: a page's record leaves out the text it was extracted from. */
  text: boolean;
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: Io): Promise<number> {
  if (!inputs.length) {
    if (io.stdin.isTTY) throw new UsageError('no input: give files or folders, "-" for stdin, or pipe an article in');
    inputs = ['-'];
  }
  if (flags.out && flags.format !== 'jsonl') throw new UsageError('--format applies to stdout only; with --out all files are written');
  if (flags.resume && !flags.out) throw new UsageError('--resume needs --out DIR (the folder of the run to resume)');
  const folder = flags.out ? await openOutputFolder(flags.out, flags.resume) : null;
  const sink = folder ? folder.sink : streamSink(io.stdout as never, flags.format);
  let skipped = 0;
  const onSkipped = () => void skipped++;
  const options = { inputFormat: flags.inputFormat, stdin: io.stdin as never, maxBytes: flags.maxBytes, deferFiles: true as const, onSkipped };
  const total = io.stderr.isTTY && !flags.quiet ? countInputs(inputs, flags.inputFormat === 'jsonl' || flags.inputFormat === 'warc') : Promise.resolve(undefined);
  const progress = startProgress(io.stderr, !flags.quiet && !!io.stderr.isTTY, total, folder?.done ?? 0);
  let read = readInputs(inputs, options);
  if (folder?.done) read = skipDone(read, folder.done, folder.doneIds);
  let ok = 0;
  let failed = 0;
  try {
    for await (const item of extractAll(read, { date: flags.date, workers: flags.concurrency, formatted: true, maxArticleBytes: flags.maxBytes, text: flags.text })) {
      if (isFailure(item)) {
        failed++;
        progress.log(`wirescan: ${item.id}: ${item.error}\n`);
      } else ok++;
      await sink.write(item);
      progress.update(ok + failed);
    }
  } finally {
    progress.stop();
    await sink.close();
  }
  const failedBefore = folder?.doneFailures ?? 0;
  if (!flags.quiet && (flags.out || failed || skipped)) {
    const resumed = folder?.done ? ` (resumed after ${folder.done} done before, ${failedBefore} of them failed)` : '';
    const notPages = skipped ? `, ${skipped} WARC record${skipped === 1 ? '' : 's'} skipped (not an HTML response)` : '';
    io.stderr.write(`wirescan: ${ok} article${ok === 1 ? '' : 's'} extracted, ${failed} failed${notPages}${resumed}${flags.out ? ` -> ${flags.out}` : ''}\n`);
  }
  return failed + failedBefore ? 1 : 0;
}

function program(io: Io, setCode: (code: number) => void): Command {
  const cmd = new Command('wirescan')
    .description('Structured records (people, countries, dates, agreements) from English news articles.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run wirescan --help for usage)');
  cmd
    .command('extract')
    .description('extract records from articles: files, folders (.txt, .md, .html, .htm, .html.gz, .warc, .warc.gz; recursive), "-" or piped stdin')
    .argument('[input...]', 'files, folders, or - for stdin')
    .option('-o, --out <dir>', 'write articles.jsonl, mentions.csv, agreements.csv (and errors.jsonl) into this folder')
    .addOption(new Option('-f, --format <format>', 'stdout format without --out').choices(['jsonl', 'json', 'csv']).default('jsonl'))
    .addOption(
      new Option('--input-format <format>', 'text: one article per file; jsonl: {"id","text","date"?} per line; html: one page per file; warc: a web archive (.html and .warc files are always read as such)')
        .choices(['text', 'jsonl', 'html', 'warc'])
        .default('text'),
    )
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates (overrides datelines and inputs)', isoDate)
    .option('--concurrency <n>', 'worker threads (default: one per core); output order never changes', positiveInt('--concurrency'), availableParallelism())
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', positiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--resume', 'continue an interrupted run into the same --out folder: nothing missing, nothing twice')
    .option('--no-text', "leave a page's extracted text out of its record (HTML and WARC inputs)")
    .option('-q, --quiet', 'no progress line or summary on stderr')
    .action(async (inputs: string[], flags: ExtractFlags) => setCode(await runExtract(inputs, flags, io)));
  cmd
    .command('eval')
    .description('score the pipeline against annotated news: gold JSONL files, folders of articles with gold.json, or folders holding them')
    .argument('<gold...>', 'gold .jsonl files or folders such as ../shared/eval')
    .option('--json', 'machine-readable output')
    .option('--check [floors]', 'exit 1 when a figure is below its floor (default bench/floors.json)')
    .option('--mismatches', 'list every error by document (missed, spurious, wrong value or attribute)')
    .action(async (gold: string[], flags: { json?: boolean; check?: string | boolean; mismatches?: boolean }) => setCode(await (await import('./eval/eval-command.js')).runEvalCommand(gold, flags, io.stdout)));
  addQueueCommands(cmd, io, setCode);
  cmd
    .command('schema')
    .description('print the JSON Schema of a record')
    .action(() => {
      io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`);
    });
  cmd.command('version', { hidden: true }).action(() => {
    io.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  });
  return cmd;
}

/** Run the CLI; resolves to the exit code: 0 fine, 1 an input or check failed, 2 misuse. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError || err instanceof ResumeError) {
      io.stderr.write(`wirescan: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`wirescan: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

// Run directly (`tsx src/cli.ts ...` in development); the installed bin calls `main` itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
