// `wirescan queue status`: the counts as a line (or JSON), a progress bar on a terminal, again and again with --watch.
import { withQueue } from './open-queue.js';
import { formatBar, formatStatus, interruptedMessage, isFinished, isInterrupted, readStatus, type QueueStatus } from './read-status.js';

/** How the status is shown. */
export interface ShowOptions {
  out: NodeJS.WritableStream;
  /** `out` is a terminal: add the bar, and redraw in place. */
  tty: boolean;
  json?: boolean;
  watch?: boolean;
  /** How often --watch looks again. */
  pollMs?: number;
  /** How long each Redis command may take. */
  commandTimeoutMs?: number;
}

/** Inputs were added with no job and no `queue add` is under way: the queue cannot finish as it is. */
export class InterruptedAddError extends Error {}

// Move the cursor to the start of the line above and clear everything below it.
const UP_AND_CLEAR = '\u001b[1F\u001b[0J';

/**
 * Show queue `name`'s status; with `watch`, keep showing it until every job is finished. Throws
 * `InterruptedAddError` (after showing it) when inputs were added with no job and no `queue add` is under way.
 */
export async function showStatus(name: string, url: string, options: ShowOptions): Promise<void> {
  await withQueue(name, url, async (q) => {
    let shown = '';
    for (;;) {
      const status = await readStatus(q);
      const text = render(status, options);
      if (text !== shown) options.out.write(options.tty && shown ? `${UP_AND_CLEAR.repeat(shown.split('\n').length - 1)}${text}` : text);
      shown = text;
      if (isInterrupted(status)) throw new InterruptedAddError(interruptedMessage(status));
      if (!options.watch || isFinished(status)) return;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
    }
  }, options.commandTimeoutMs);
}

function render(status: QueueStatus, options: ShowOptions): string {
  if (options.json) return `${JSON.stringify(status)}\n`;
  return options.tty ? `${formatStatus(status)}\n${formatBar(status)}\n` : `${formatStatus(status)}\n`;
}
