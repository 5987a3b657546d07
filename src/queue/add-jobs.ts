// `wirescan queue add`: one job per input, in the order the inputs are listed.
import type { ArticleFile, ArticleInput, ArticlePage, InputFailure } from '../input.js';
import { encodeJobId } from './encode-job-id.js';
import { JOB_NAME, type OpenQueue } from './open-queue.js';

/** How jobs are added. */
export interface AddOptions {
  /** Reference date for every article (`--date`), overriding each input's own. */
  date?: string | null;
  /** Tries before a job is failed (a file no worker can read, a worker that crashes on it). */
  attempts: number;
  /** The first retry's delay in ms; each next one doubles it. */
  backoffMs: number;
}

/** Why a page of a web archive is not queued. */
const ARCHIVE_PAGE = 'a page of a web archive is not queued: extract the archive with "wirescan extract", or add its pages as files';

/** What a job carries for an input: itself, or, for a page of a web archive (no path a worker could read), a failure. */
export const queueable = (input: ArticleInput | ArticleFile | ArticlePage | InputFailure): ArticleInput | ArticleFile | InputFailure =>
  'bytes' in input ? { id: input.id, error: ARCHIVE_PAGE } : input;

/** What `addJobs` did: jobs new to the queue, and inputs it already held (re-added: nothing done). */
export interface AddSummary {
  added: number;
  existing: number;
}

// Inputs sent to Redis at a time.
const CHUNK = 500;

// Give each id not yet in the order its place (the next number); 1 for a new id, 0 for one already there.
const PLACE_IDS = `
local new = {}
for i, id in ipairs(ARGV) do
  if redis.call('ZSCORE', KEYS[1], id) then new[i] = 0
  else redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), id); new[i] = 1 end
end
return new`;

/**
 * Add one job per input: job id = the article id (encoded), so adding the same inputs again changes
 * nothing. A job carries a file's path, not its text (the workers read it), a JSONL line's or stdin's
 * text, or the reason an input could not be listed (a worker passes it through to the results).
 */
export async function addJobs(inputs: AsyncIterable<ArticleInput | ArticleFile | ArticlePage | InputFailure>, q: OpenQueue, options: AddOptions): Promise<AddSummary> {
  const summary: AddSummary = { added: 0, existing: 0 };
  let chunk: (ArticleInput | ArticleFile | InputFailure)[] = [];
  const send = async () => {
    const jobIds = chunk.map((input) => encodeJobId(input.id));
    const placed = (await q.redis.eval(PLACE_IDS, 2, q.orderKey, q.seqKey, ...jobIds)) as number[];
    const fresh = chunk.filter((_, i) => placed[i] === 1);
    summary.added += fresh.length;
    summary.existing += chunk.length - fresh.length;
    // Every input of the chunk is sent, new or not: BullMQ leaves a job that exists as it is, and one whose
    // place was taken by a run of `queue add` killed before this step is added now.
    await q.queue.addBulk(chunk.map((input, i) => ({
      name: JOB_NAME,
      data: { input, date: options.date ?? null },
      opts: {
        jobId: jobIds[i],
        attempts: options.attempts,
        backoff: { type: 'exponential', delay: options.backoffMs },
        removeOnComplete: false,
        removeOnFail: false,
      },
    })));
    chunk = [];
  };
  for await (const input of inputs) {
    chunk.push(queueable(input));
    if (chunk.length >= CHUNK) await send();
  }
  if (chunk.length) await send();
  return summary;
}
