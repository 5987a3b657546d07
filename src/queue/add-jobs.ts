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
 * For each input of a chunk, as (base job id, occurrence, source, slots): the occurrence-th input with its id in
 * this run of `queue add`, whose job ids are the base for occurrence 1, else base + "%d" + occurrence (as
 * `encodeJobId`); `slots` (comma-separated) are the occurrences this run has already matched for the id.
 * Answers two values an input:
 * - 0, n: nothing to do (a re-add): the job of occurrence n, not matched yet by this run, was added for this same
 *   source (inputs given in another order, or some left out, find their jobs too);
 * - 1, n: add the job of occurrence n = this input's occurrence (placed in the add order now, unless a
 *   `queue add` killed before its `addBulk` placed it already);
 * - 2, source: a conflict: that job exists for another input (another file, another text).
 * An input that failed to list has no source (''): it matches the job of its own occurrence, if there is one.
 */
const PLACE_IDS = `
local function jobId(base, n) if n == 1 then return base end return base .. '%d' .. n end
local result = {}
for i = 2, #ARGV, 4 do
  local base, occurrence, source = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
  local matched = {}
  for n in string.gmatch(ARGV[i + 3], '%d+') do matched[tonumber(n)] = true end
  local found
  if source == '' then
    if redis.call('EXISTS', ARGV[1] .. jobId(base, occurrence)) == 1 then found = occurrence end
  else
    -- every occurrence ever placed, gaps left by an interrupted add included
    local n = 1
    while not found and redis.call('ZSCORE', KEYS[1], jobId(base, n)) do
      local id = jobId(base, n)
      if not matched[n] and redis.call('EXISTS', ARGV[1] .. id) == 1 then
        local held = redis.call('HGET', KEYS[3], id)
        if held == source or (not held and n == occurrence) then found = n end
      end
      n = n + 1
    end
  end
  local id = jobId(base, occurrence)
  if found then
    result[#result + 1] = 0; result[#result + 1] = found
  elseif redis.call('EXISTS', ARGV[1] .. id) == 1 then
    result[#result + 1] = 2; result[#result + 1] = redis.call('HGET', KEYS[3], id) or 'another input'
  else
    if not redis.call('ZSCORE', KEYS[1], id) then redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), id) end
    if source ~= '' then redis.call('HSET', KEYS[3], id, source) else redis.call('HDEL', KEYS[3], id) end
    result[#result + 1] = 1; result[#result + 1] = occurrence
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
  // For each id of this run: how many inputs had it so far, and the occurrences (jobs) they matched (about 100 bytes an id).
  const ids = new Map<string, { seen: number; slots: number[] }>();
  let chunk: { input: QueueInput; occurrence: number; source: string }[] = [];
  let bytes = 0;
  const send = async () => {
    const args = chunk.flatMap((c) => [encodeJobId(c.input.id), c.occurrence, c.source, ids.get(c.input.id)!.slots.join(',')]);
    const placed = (await q.redis.eval(PLACE_IDS, 3, q.orderKey, q.seqKey, q.sourceKey, q.queue.toKey(''), ...args)) as (number | string)[];
    const fresh = chunk.filter((c, i) => {
      const [code, value] = [placed[2 * i], placed[2 * i + 1]];
      if (code === 2) {
        summary.conflicts++;
        options.onConflict?.(c.input.id, String(value));
        return false;
      }
      ids.get(c.input.id)!.slots.push(Number(value));
      if (code === 0) summary.existing++;
      return code === 1;
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
      const id = ids.get(input.id) ?? { seen: 0, slots: [] };
      // An id twice in one chunk: the first one's match must be known before the second's is looked for.
      if (id.seen > id.slots.length && chunk.some((c) => c.input.id === input.id)) await send();
      ids.set(input.id, id);
      chunk.push({ input, occurrence: ++id.seen, source: sourceOf(input) });
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
