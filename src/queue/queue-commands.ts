// The queue's commands on the command line (`queue add|status|remove`, `worker`, `collect`): argv to options,
// then the library in this folder, loaded only when one of them runs.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from '../cli.js';
import { isFailure } from '../input.js';
import type { InputFormat } from '../io/read-inputs.js';
import { startProgress } from '../io/show-progress.js';
import { DEFAULT_MAX_BYTES, isoDate, positiveInt } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import type { OpenQueue } from './open-queue.js';
import { COMMAND_TIMEOUT_MS, DEFAULT_REDIS_URL, isRedisUrl, QUEUE_NAME } from './queue-settings.js';

interface QueueFlags {
  queue: string;
  redis: string;
  quiet?: boolean;
  /** --redis-timeout, in seconds (the short commands). */
  redisTimeout?: number;
}

const queueName = (v: string) => {
  if (!QUEUE_NAME.test(v)) throw new InvalidArgumentError('--queue takes a name of letters, digits, ".", "_" and "-"');
  return v;
};
const redisUrl = (v: string) => {
  if (!isRedisUrl(v)) throw new InvalidArgumentError('--redis takes a URL such as redis://127.0.0.1:6379 (or rediss:// for TLS)');
  return v;
};

/** --queue and --redis, on every queue command. */
function withQueueOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--queue <name>', 'the queue (one per corpus or run)', queueName)
    .addOption(new Option('--redis <url>', 'the Redis server').env('WIRESCAN_REDIS').default(DEFAULT_REDIS_URL).argParser(redisUrl));
}

/** --queue, --redis and --redis-timeout: the commands that run and end (all but `worker`). */
const withCommandOptions = (cmd: Command): Command =>
  withQueueOptions(cmd).option('--redis-timeout <s>', `seconds to wait for each answer from Redis before giving up (default ${COMMAND_TIMEOUT_MS / 1000})`, positiveInt('--redis-timeout'));

/** The command timeout in ms. */
const timeoutMs = (flags: QueueFlags) => (flags.redisTimeout ?? COMMAND_TIMEOUT_MS / 1000) * 1000;

/** "1 job", "2 jobs". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Add `queue add|status|retry|remove`, `worker` and `collect` to the program. */
export function addQueueCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const queue = program.command('queue').description('jobs on a BullMQ queue in Redis: add articles, see how far they are, retry the failed, remove the queue');
  withCommandOptions(queue.command('add'))
    .description('add one job per article (job id = article id: adding the same inputs again does nothing); exit 1 when an input was not queued')
    .argument('[input...]', 'files, folders, or - for stdin (a file is passed by its path: workers must read the same path); no web archives')
    .addOption(new Option('--input-format <format>', 'text: one article per file; jsonl: {"id","text","date"?} per line').choices(['text', 'jsonl']).default('text'))
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates (overrides datelines and inputs)', isoDate)
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', positiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--attempts <n>', 'tries before a job fails (a file no worker can read, a crashed worker)', positiveInt('--attempts'), 3)
    .option('--backoff <ms>', 'delay before the first retry, doubled for each next one', positiveInt('--backoff'), 1000)
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (inputs: string[], flags: QueueFlags & { inputFormat: InputFormat; date?: string; maxBytes: number; attempts: number; backoff: number }) => {
      if (!inputs.length) {
        if ((io.stdin as { isTTY?: boolean }).isTTY) throw new UsageError('no input: give files or folders, "-" for stdin, or pipe an article in');
        inputs = ['-'];
      }
      const [{ listQueueInputs, namedArchives }, { addJobs }, { withQueue }] = await Promise.all([import('./list-queue-inputs.js'), import('./add-jobs.js'), import('./open-queue.js')]);
      const archives = namedArchives(inputs);
      if (archives.length) {
        throw new UsageError(`${archives.join(', ')}: web archives are not queued (a page in one has no file a worker could read): extract them with wirescan extract`);
      }
      let notQueued = 0;
      const say = (line: string) => {
        notQueued++;
        io.stderr.write(`wirescan: ${line}\n`);
      };
      const read = listQueueInputs(inputs, { inputFormat: flags.inputFormat, stdin: io.stdin as never, maxBytes: flags.maxBytes }, (id) => say(`${id}: a web archive is not queued (its failure is): extract it with wirescan extract`));
      const summary = await withQueue(flags.queue, flags.redis, (q) => addJobs(read, q, {
        date: flags.date, attempts: flags.attempts, backoffMs: flags.backoff, maxBytes: flags.maxBytes,
        onOtherSettings: (differences) => io.stderr.write(`wirescan: ${differences.join(', ')}: not as this queue's first queue add; the jobs already there keep theirs, new ones get these\n`),
        onConflict: (id, holder) => say(`${id}: not added: the queue holds ${holder.startsWith('text ') ? 'another text' : holder} under this id (add both in one queue add, or use another --queue)`),
      }), timeoutMs(flags));
      if (!flags.quiet) {
        const refused = summary.conflicts ? `, ${summary.conflicts} not added (another input with the same id)` : '';
        io.stderr.write(`wirescan: ${count(summary.added, 'job')} added to queue ${flags.queue}, ${summary.existing} already there${refused}\n`);
      }
      setCode(notQueued ? 1 : 0);
    });
  withCommandOptions(queue.command('status'))
    .description('count the jobs: added, waiting, active, retrying, done, failed (and a progress bar on a terminal); exit 1 when a queue add was interrupted')
    .option('--json', 'machine-readable')
    .option('--watch', 'show it again every second until every job is finished')
    .action(async (flags: QueueFlags & { json?: boolean; watch?: boolean }) => {
      const { showStatus } = await import('./show-status.js');
      await showStatus(flags.queue, flags.redis, { ...flags, out: io.stdout, tty: !!(io.stdout as { isTTY?: boolean }).isTTY, commandTimeoutMs: timeoutMs(flags) });
    });
  withCommandOptions(queue.command('retry'))
    .description('put the failed jobs back to waiting, with their attempts afresh (once what failed them is fixed)')
    .action(async (flags: QueueFlags) => {
      const [{ retryFailedJobs }, { withQueue }] = await Promise.all([import('./retry-jobs.js'), import('./open-queue.js')]);
      const n = await withQueue(flags.queue, flags.redis, retryFailedJobs, timeoutMs(flags));
      io.stderr.write(`wirescan: ${count(n, 'failed job')} back to waiting in queue ${flags.queue}, attempts afresh\n`);
    });
  withCommandOptions(queue.command('remove'))
    .description('delete the queue: its jobs, results and order (running jobs too)')
    .action(async (flags: QueueFlags) => {
      const [{ removeQueue }, { withQueue }] = await Promise.all([import('./remove-queue.js'), import('./open-queue.js')]);
      await withQueue(flags.queue, flags.redis, removeQueue, timeoutMs(flags));
    });
  withQueueOptions(program.command('worker'))
    .description('extract the queue\'s articles until stopped (SIGINT/SIGTERM finish the running jobs first); run any number, anywhere')
    .option('--concurrency <n>', 'jobs at once, each in its own worker thread (default: one per core)', positiveInt('--concurrency'), availableParallelism())
    .option('--max-bytes <n>', 'the largest article expected: sets each thread\'s heap limit (default: the largest --max-bytes of the queue\'s queue add runs, else 2 MiB)', positiveInt('--max-bytes'))
    .option('--lock-duration <ms>', 'a job\'s lock; a job whose worker died is taken up again once it lapses', positiveInt('--lock-duration'), 30_000)
    .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died', positiveInt('--stalled-interval'), 30_000)
    .option('--max-stalled <n>', 'times a job\'s worker may die under it before the job fails', positiveInt('--max-stalled'), 2)
    .option('--until-empty', 'stop once no job is waiting, running or due for a retry')
    .option('-q, --quiet', 'no line per failed job, no summary')
    .action(async (flags: QueueFlags & { concurrency: number; maxBytes?: number; lockDuration: number; stalledInterval: number; maxStalled: number; untilEmpty?: boolean }) => {
      const { runWorker } = await import('./run-worker.js');
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      const log = (m: string) => void (flags.quiet || io.stderr.write(`${m}\n`));
      try {
        const summary = await runWorker({
          url: flags.redis, queue: flags.queue, concurrency: flags.concurrency, maxArticleBytes: flags.maxBytes, lockDurationMs: flags.lockDuration,
          stalledIntervalMs: flags.stalledInterval, maxStalledCount: flags.maxStalled, untilEmpty: flags.untilEmpty, log,
        }, stop.signal);
        log(`wirescan worker: ${summary.done} job${summary.done === 1 ? '' : 's'} done, ${summary.failed} failed`);
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
  withCommandOptions(program.command('collect'))
    .description('write the queue\'s results as extract --out does (same files, same bytes), in the order of queue add')
    .requiredOption('-o, --out <dir>', 'write articles.jsonl, mentions.csv, agreements.csv (and errors.jsonl) into this folder')
    .option('--wait', 'wait until every job is finished (default: refuse, exit 1, while some are not)')
    .option('-q, --quiet', 'no progress line or summary on stderr')
    .action(async (flags: QueueFlags & { out: string; wait?: boolean }) => setCode(await runCollect(flags, io)));
}

/** `collect`: the results into the folder, a progress bar on a terminal, a line per failed input, a summary; exit code 1 when one failed. */
async function runCollect(flags: QueueFlags & { out: string; wait?: boolean }, io: Io): Promise<number> {
  const { withQueue } = await import('./open-queue.js');
  let opened = false;
  try {
    return await withQueue(flags.queue, flags.redis, (q) => writeResults(q, flags, io, () => (opened = true)), timeoutMs(flags));
  } catch (err) {
    if (opened && err instanceof Error) err.message += `: ${flags.out} is incomplete, collect again`;
    throw err;
  }
}

/** Collect into the folder, with a progress bar and failure lines. */
async function writeResults(q: OpenQueue, flags: QueueFlags & { out: string; wait?: boolean }, io: Io, onOpen: () => void): Promise<number> {
  const [{ collectResults }, { formatStatus }] = await Promise.all([import('./collect-results.js'), import('./read-status.js')]);
  const progress = startProgress(io.stderr, !flags.quiet && !!io.stderr.isTTY, q.redis.zcard(q.orderKey).catch(() => undefined));
  let written = 0;
  let waiting = false;
  try {
    const summary = await collectResults(q, flags.out, {
      wait: flags.wait,
      onOpen,
      onStatus: (status) => {
        if (!waiting && !flags.quiet) progress.log(`wirescan: waiting until every job is finished (${formatStatus(status)})\n`);
        waiting = true;
      },
      onResult: (result) => {
        if (isFailure(result)) progress.log(`wirescan: ${result.id}: ${result.error}\n`);
        progress.update(++written);
      },
    });
    progress.stop();
    if (!flags.quiet) io.stderr.write(`wirescan: ${count(summary.ok, 'article')} extracted, ${summary.failed} failed -> ${flags.out}\n`);
    return summary.failed ? 1 : 0;
  } finally {
    progress.stop();
  }
}
