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
import { DEFAULT_REDIS_URL, isRedisUrl } from './connect-redis.js';
import { QUEUE_NAME } from './open-queue.js';

interface QueueFlags {
  queue: string;
  redis: string;
  quiet?: boolean;
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

/** Add `queue add|status|remove`, `worker` and `collect` to the program. */
export function addQueueCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const queue = program.command('queue').description('jobs on a BullMQ queue in Redis: add articles, see how far they are, retry the failed, remove the queue');
  withQueueOptions(queue.command('add'))
    .description('add one job per article (job id = article id: adding the same inputs again does nothing)')
    .argument('[input...]', 'files, folders, or - for stdin (a file is passed by its path: workers must read the same path)')
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
      const [{ readInputs }, { addJobs }, { withQueue }] = await Promise.all([import('../io/read-inputs.js'), import('./add-jobs.js'), import('./open-queue.js')]);
      const read = readInputs(inputs, { inputFormat: flags.inputFormat, stdin: io.stdin as never, maxBytes: flags.maxBytes, deferFiles: true });
      const summary = await withQueue(flags.queue, flags.redis, (q) => addJobs(read, q, { date: flags.date, attempts: flags.attempts, backoffMs: flags.backoff }));
      if (!flags.quiet) io.stderr.write(`wirescan: ${summary.added} job${summary.added === 1 ? '' : 's'} added to queue ${flags.queue}, ${summary.existing} already there\n`);
    });
  withQueueOptions(queue.command('status'))
    .description('count the jobs: added, waiting, active, retrying, done, failed (and a progress bar on a terminal)')
    .option('--json', 'machine-readable')
    .option('--watch', 'show it again every second until every job is finished')
    .action(async (flags: QueueFlags & { json?: boolean; watch?: boolean }) => {
      const { showStatus } = await import('./show-status.js');
      await showStatus(flags.queue, flags.redis, { ...flags, out: io.stdout, tty: !!(io.stdout as { isTTY?: boolean }).isTTY });
    });
  withQueueOptions(queue.command('retry'))
    .description('put the failed jobs back to waiting, with their attempts afresh (once what failed them is fixed)')
    .action(async (flags: QueueFlags) => {
      const [{ retryFailedJobs }, { withQueue }] = await Promise.all([import('./retry-jobs.js'), import('./open-queue.js')]);
      const n = await withQueue(flags.queue, flags.redis, retryFailedJobs);
      io.stderr.write(`wirescan: ${n} failed job${n === 1 ? '' : 's'} back to waiting in queue ${flags.queue}\n`);
    });
  withQueueOptions(queue.command('remove'))
    .description('delete the queue: its jobs, results and order (running jobs too)')
    .action(async (flags: QueueFlags) => {
      const [{ removeQueue }, { withQueue }] = await Promise.all([import('./remove-queue.js'), import('./open-queue.js')]);
      await withQueue(flags.queue, flags.redis, removeQueue);
    });
  withQueueOptions(program.command('worker'))
    .description('extract the queue\'s articles until stopped (SIGINT/SIGTERM finish the running jobs first); run any number, anywhere')
    .option('--concurrency <n>', 'jobs at once, each in its own worker thread (default: one per core)', positiveInt('--concurrency'), availableParallelism())
    .option('--max-bytes <n>', 'the largest article expected: sets each thread\'s heap limit', positiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--lock-duration <ms>', 'a job\'s lock; a job whose worker died is taken up again once it lapses', positiveInt('--lock-duration'), 30_000)
    .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died', positiveInt('--stalled-interval'), 30_000)
    .option('--max-stalled <n>', 'times a job\'s worker may die under it before the job fails', positiveInt('--max-stalled'), 2)
    .option('--until-empty', 'stop once no job is waiting, running or due for a retry')
    .option('-q, --quiet', 'no line per failed job, no summary')
    .action(async (flags: QueueFlags & { concurrency: number; maxBytes: number; lockDuration: number; stalledInterval: number; maxStalled: number; untilEmpty?: boolean }) => {
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
  withQueueOptions(program.command('collect'))
    .description('write the queue\'s results as extract --out does (same files, same bytes), in the order of queue add')
    .requiredOption('-o, --out <dir>', 'write articles.jsonl, mentions.csv, agreements.csv (and errors.jsonl) into this folder')
    .option('--wait', 'wait until every job is finished (default: refuse, exit 1, while some are not)')
    .option('-q, --quiet', 'no progress line or summary on stderr')
    .action(async (flags: QueueFlags & { out: string; wait?: boolean }) => setCode(await runCollect(flags, io)));
}

/** `collect`: the results into the folder, a progress bar on a terminal, a line per failed input, a summary; exit code 1 when one failed. */
async function runCollect(flags: QueueFlags & { out: string; wait?: boolean }, io: Io): Promise<number> {
  const [{ collectResults }, { withQueue }, { formatStatus }] = await Promise.all([import('./collect-results.js'), import('./open-queue.js'), import('./read-status.js')]);
  return withQueue(flags.queue, flags.redis, async (q) => {
    const progress = startProgress(io.stderr, !flags.quiet && !!io.stderr.isTTY, q.redis.zcard(q.orderKey).catch(() => undefined));
    let written = 0;
    let waiting = false;
    try {
      const summary = await collectResults(q, flags.out, {
        wait: flags.wait,
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
      if (!flags.quiet) io.stderr.write(`wirescan: ${summary.ok} article${summary.ok === 1 ? '' : 's'} extracted, ${summary.failed} failed -> ${flags.out}\n`);
      return summary.failed ? 1 : 0;
    } finally {
      progress.stop();
    }
  });
}
