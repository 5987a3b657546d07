// The CLI in a child process (`node --input-type=module -e CLI_CHILD ...args`), run from the checkout whose dist/ it
// loads: it reports its own CPU time and peak RSS (all its threads) on stderr when done; read them with `childCost`.
export const CLI_CHILD = `import { main } from './dist/cli.js';
const code = await main(process.argv.slice(1));
const cpu = process.cpuUsage();
process.stderr.write('\\nCPU_US ' + (cpu.user + cpu.system) + ' PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;

/** The CPU seconds and peak RSS (MB) a `CLI_CHILD` reported in its stderr. */
export function childCost(stderr: string): { cpu: number; peakRssMb: number } {
  const m = /CPU_US (\d+) PEAK_RSS_KB (\d+)/.exec(stderr);
  return { cpu: Number(m?.[1] ?? 0) / 1e6, peakRssMb: Number(m?.[2]) / 1024 };
}

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
