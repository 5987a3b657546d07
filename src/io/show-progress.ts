import { createRequire } from 'node:module';

// cli-progress is loaded only when a bar is shown (a terminal, not --quiet), so a run without one never loads it.
const require = createRequire(import.meta.url);

/** A progress bar on a terminal (count, rate, ETA); messages go above it. Without a terminal, messages only. */
export interface Progress {
  update(count: number): void;
  log(message: string): void;
  stop(): void;
}

/**
 * Start a progress bar on `stream` when `show` (a terminal, not --quiet). `total` may arrive later
 * (inputs are counted while the work starts); `initial` counts inputs done by an earlier, resumed run.
 */
export function startProgress(
  stream: NodeJS.WritableStream,
  show: boolean,
  total: Promise<number | undefined>,
  initial = 0,
  now: () => number = Date.now,
): Progress {
  if (!show) return { update() {}, log: (m) => void stream.write(m), stop() {} };
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  const started = now();
  const bars = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream & { isTTY: boolean },
      format: 'wirescan {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(0, initial, { rate: '0' });
  total.then((n) => n !== undefined && bar.setTotal(n)).catch(() => {});
  return {
    update(count) {
      const rate = (count / Math.max(0.001, (now() - started) / 1000)).toFixed(0);
      bar.update(initial + count, { rate });
    },
    log: (message) => bars.log(message),
    stop: () => bars.stop(),
  };
}
