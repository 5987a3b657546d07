// The CLI in a child process (`node --input-type=module -e CLI_CHILD ...args`), run from the checkout whose dist/ it
// loads: it reports its own CPU time and peak RSS (all its threads) on stderr when done; read them with `childCost`.
//
// The peak is the child's own high-water mark, VmHWM in /proc/self/status (Linux), not `resourceUsage().maxRSS`:
// Node starts a child with fork() then exec(), and Linux keeps the forked copy's high-water mark across the exec
// (getrusage's ru_maxrss is the larger of it and the new program's), so maxRSS reports at least the RSS the parent
// had when it spawned the child. A bench that still held large buffers then (warc-memory's 400 MB bomb, built
// and not yet collected) made the CLI look 660 MB heavier, in the runs where its garbage collector had not run.
// maxRSS is the fallback where there is no /proc.
export const CLI_CHILD = `import { readFileSync } from 'node:fs';
import { main } from './dist/cli.js';
const code = await main(process.argv.slice(1));
const cpu = process.cpuUsage();
let peakKb = process.resourceUsage().maxRSS;
try {
  peakKb = Number(/^VmHWM:\\s*(\\d+)\\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
} catch {}
process.stderr.write('\\nCPU_US ' + (cpu.user + cpu.system) + ' PEAK_RSS_KB ' + peakKb + '\\n');
process.exitCode = code;`;

/** The CPU seconds and peak RSS (MB) a `CLI_CHILD` reported in its stderr. */
export function childCost(stderr: string): { cpu: number; peakRssMb: number } {
  const m = /CPU_US (\d+) PEAK_RSS_KB (\d+)/.exec(stderr);
  return { cpu: Number(m?.[1] ?? 0) / 1e6, peakRssMb: Number(m?.[2]) / 1024 };
}

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
