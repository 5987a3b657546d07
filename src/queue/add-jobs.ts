// `wirescan queue add`: one job per input, in the order the inputs are listed.
import { createHash } from 'node:crypto';
import { encodeJobId } from './encode-job-id.js';
import type { QueueInput } from './list-queue-inputs.js';
import { JOB_NAME, type OpenQueue } from './open-queue.js';
import { packInput } from './pack-result.js';

/** How jobs are added. */
export interface AddOptions {
  /** Reference date for every article (`--date`), overriding each input's own. */
  date?: string | null;
  /** Tries before a job is failed (a file no worker can read, a worker that crashes on it). */
  attempts: number;
  /** The first retry's delay in ms; each next one doubles it. */
  backoffMs: number;
  /** The largest input accepted (`--max-bytes`): workers size their threads' heap from the largest of the queue's. */
  maxBytes: number;
  /** Told when this add's date, attempts or backoff differ from the queue's first add (its jobs keep theirs), e.g. "--date 2024-05-01 (first: none)". */
  onOtherSettings?: (differences: string[]) => void;
  /** Told of each input not added because the queue holds another input under its job id (`holder`: a path, or "text ..."). */
  onConflict?: (id: string, holder: string) => void;
}

/** What `addJobs` did: jobs new to the queue, inputs it already held (re-added: nothing done), inputs refused as conflicts. */
export interface AddSummary {
  added: number;
  existing: number;
  conflicts: number;
}

// Inputs sent to Redis at a time, and at most about this many bytes of text.
const CHUNK = 500;
const CHUNK_BYTES = 16 * 1024 * 1024;

/** A running `queue add` renews its mark this often; a killed one's lapses after ADDING_TTL_MS. */
export const ADDING_TTL_MS = 30_000;
const RENEW_MS = 10_000;

/**
 * For each input of a chunk, as (base job id, occurrence, source): its job id is the base for a first occurrence,
 * else the base + "%d" + occurrence (as `encodeJobId`). Give the job id its place in the add order if it has
 * none (the next number), and say what to do: 1 = add the job (it does not exist, even if a `queue add` killed
 * before its `addBulk` gave it a place), 0 = nothing (a re-add: the job exists for this input, under this
 * occurrence or, inputs given in another order, another), or the source of the input the existing job was
 * added for (a conflict: another file or text with the same id). An input that failed to list has no source ('').
 */
const PLACE_IDS = `
local function jobId(base, n) if n == 1 then return base end return base .. '%d' .. n end
local result = {}
for i = 2, #ARGV, 3 do
  local base, source = ARGV[i], ARGV[i + 2]
  local id = jobId(base, tonumber(ARGV[i + 1]))
  if not redis.call('ZSCORE', KEYS[1], id) then redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), id) end
  local held = redis.call('HGET', KEYS[3], id)
  if redis.call('EXISTS', ARGV[1] .. id) == 0 then
    if source ~= '' then redis.call('HSET', KEYS[3], id, source) elseif held then redis.call('HDEL', KEYS[3], id) end
    result[#result + 1] = 1
  elseif source == '' or not held or held == source then
    if source ~= '' and not held then redis.call('HSET', KEYS[3], id, source) end
    result[#result + 1] = 0
  else
    local n, found = 1, false
    while not found and redis.call('EXISTS', ARGV[1] .. jobId(base, n)) == 1 do
      found = redis.call('HGET', KEYS[3], jobId(base, n)) == source
      n = n + 1
    end
    result[#result + 1] = found and 0 or held
  end
end
return result`;

/** Keep the first add's settings and the largest --max-bytes of all; return the first add's (none for the first). */
const KEEP_SETTINGS = `
local first = redis.call('HGETALL', KEYS[1])
if #first == 0 then redis.call('HSET', KEYS[1], 'date', ARGV[1], 'attempts', ARGV[2], 'backoffMs', ARGV[3], 'maxBytes', ARGV[4])
elseif (tonumber(redis.call('HGET', KEYS[1], 'maxBytes')) or 0) < tonumber(ARGV[4]) then redis.call('HSET', KEYS[1], 'maxBytes', ARGV[4]) end
return first`;

/** One `queue add` more under way, for ARGV[1] ms unless renewed (atomic: a mark never outlives its expiry). */
const START_ADDING = `redis.call('INCR', KEYS[1]); redis.call('PEXPIRE', KEYS[1], ARGV[1])`;

/** One `queue add` fewer under way; the mark goes when none is left. */
const DONE_ADDING = `if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end`;

/**
 * Add one job per input: job id = the article id (encoded; the second, third, ... input with the same id in
 * this run gets its occurrence appended), so adding the same inputs again changes nothing, and two inputs
 * with one id (`queue add jan/ feb/`, each with an `article-1.txt`) are two jobs, collected in their order as
 * a local run writes them. A job carries a file's path, not its text (the workers read it), a JSONL line's or
 * stdin's text (deflated), or the reason an input could not be listed (a worker passes it through).
 * An input whose job id the queue holds for another input (another file, another text: an earlier `queue add`
 * of other inputs) is not added: `onConflict` is told.
 */
export async function addJobs(inputs: AsyncIterable<QueueInput>, q: OpenQueue, options: AddOptions): Promise<AddSummary> {
  const summary: AddSummary = { added: 0, existing: 0, conflicts: 0 };
  // How many inputs of this run had each id so far (ids seen once or more: about 100 bytes each).
  const seen = new Map<string, number>();
  let chunk: { input: QueueInput; occurrence: number; source: string }[] = [];
  let bytes = 0;
  const send = async () => {
    const args = chunk.flatMap((c) => [encodeJobId(c.input.id), c.occurrence, c.source]);
    const placed = (await q.redis.eval(PLACE_IDS, 3, q.orderKey, q.seqKey, q.sourceKey, q.queue.toKey(''), ...args)) as (number | string)[];
    const fresh = chunk.filter((c, i) => {
      if (placed[i] === 1) return true;
      if (placed[i] === 0) summary.existing++;
      else {
        summary.conflicts++;
        options.onConflict?.(c.input.id, String(placed[i]));
      }
      return false;
    });
    summary.added += fresh.length;
    if (fresh.length) {
      await q.queue.addBulk(fresh.map(({ input, occurrence }) => ({
        name: JOB_NAME,
        data: { input: packInput(input), date: options.date ?? null },
        opts: {
          jobId: encodeJobId(input.id, occurrence),
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs },
          removeOnComplete: false,
          removeOnFail: false,
        },
      })));
    }
    chunk = [];
    bytes = 0;
  };
  await checkSettings(q, options);
  await q.redis.eval(START_ADDING, 1, q.addingKey, ADDING_TTL_MS);
  const renew = setInterval(() => void q.redis.pexpire(q.addingKey, ADDING_TTL_MS).catch(() => {}), RENEW_MS);
  try {
    for await (const input of inputs) {
      const occurrence = (seen.get(input.id) ?? 0) + 1;
      seen.set(input.id, occurrence);
      chunk.push({ input, occurrence, source: sourceOf(input) });
      bytes += 'text' in input ? input.text.length : 0;
      if (chunk.length >= CHUNK || bytes >= CHUNK_BYTES) await send();
    }
    if (chunk.length) await send();
  } finally {
    clearInterval(renew);
    await q.redis.eval(DONE_ADDING, 1, q.addingKey).catch(() => {});
  }
  return summary;
}

/** Record this add's settings; tell `onOtherSettings` which differ from the queue's first add. */
async function checkSettings(q: OpenQueue, options: AddOptions): Promise<void> {
  const mine = { date: options.date ?? '', attempts: String(options.attempts), backoffMs: String(options.backoffMs) };
  const flat = (await q.redis.eval(KEEP_SETTINGS, 1, q.settingsKey, mine.date, mine.attempts, mine.backoffMs, options.maxBytes)) as string[];
  const first: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) first[flat[i]] = flat[i + 1];
  if (!flat.length) return;
  const flags = { date: '--date', attempts: '--attempts', backoffMs: '--backoff' } as const;
  const differences = (Object.keys(flags) as (keyof typeof flags)[])
    .filter((k) => first[k] !== undefined && first[k] !== mine[k])
    .map((k) => `${flags[k]} ${mine[k] || 'none'} (first: ${first[k] || 'none'})`);
  if (differences.length) options.onOtherSettings?.(differences);
}

/**
 * What tells an input apart from another with the same id, across runs of `queue add`: a file's path, a text's
 * hash with its date ("text ..."); nothing for an input that failed to list (its job stands for the same id).
 */
export function sourceOf(input: QueueInput): string {
  if ('error' in input) return '';
  if ('path' in input) return input.path;
  return `text ${createHash('sha1').update(JSON.stringify([input.text, input.date ?? null])).digest('base64url')}`;
}
