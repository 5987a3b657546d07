// Run the built CLI (bin/wirescan.js) as a child process, in the background or to the end.
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

/** Start `wirescan ARGS` with `env` added; `ended` resolves when it exits. */
export function startCli(args: string[], env: Record<string, string> = {}, input = ''): { child: ChildProcess; ended: Promise<Ended> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin!.end(input);
  const ended = new Promise<Ended>((resolve) => child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, ended };
}

/** Run `wirescan ARGS` to the end. */
export const runCli = (args: string[], env: Record<string, string> = {}, input = ''): Promise<Ended> => startCli(args, env, input).ended;
