// Run the built CLI (bin/wirescan.js) as a child process, in the background or to the end. Every process is
// started in a process group of its own and remembered until it ends, so `killStartedClis` (afterEach) leaves
// none behind when a test fails half-way (a worker would otherwise wait for Redis forever).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin', 'wirescan.js');

/** How a run ended. */
export interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A run in the background: its process, its end, and what it wrote to stderr so far. */
export interface Started {
  child: ChildProcess;
  ended: Promise<Ended>;
  stderr(): string;
}

const running = new Set<ChildProcess>();

/** Start `wirescan ARGS` with `env` added; `ended` resolves when it exits. */
export function startCli(args: string[], env: Record<string, string> = {}, input = ''): Started {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin!.on('error', () => {}); // a process that exits before reading its input
  child.stdin!.end(input);
  const ended = new Promise<Ended>((resolve) => child.once('close', (status, signal) => {
    running.delete(child);
    resolve({ status, signal, stdout, stderr });
  }));
  return { child, ended, stderr: () => stderr };
}

/** Run `wirescan ARGS` to the end. */
export const runCli = (args: string[], env: Record<string, string> = {}, input = ''): Promise<Ended> => startCli(args, env, input).ended;

/** SIGKILL every process started here that is still running, with its process group; wait until they are gone. */
export async function killStartedClis(): Promise<void> {
  const left = [...running];
  for (const child of left) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
  await Promise.all(left.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('close', resolve)) : null)));
}

// Last resort (the test process ends without afterEach/afterAll): no process outlives it.
process.once('exit', () => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
