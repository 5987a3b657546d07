// A throwaway redis-server for the queue tests: a free port on 127.0.0.1, a temporary folder, no persistence.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running server; `stop` ends it and removes its folder. */
export interface RedisServer {
  url: string;
  port: number;
  /** Its process id (to freeze it with SIGSTOP, say). */
  pid: number;
  stop(): Promise<void>;
}

// Servers not stopped yet: killed when the test process exits, whatever happened.
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** Is Debian's redis-server installed? */
export const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;

/** The tests must not skip: CI installs redis-server and sets WIRESCAN_REQUIRE_REDIS=1. */
export const redisRequired = (): boolean => process.env.WIRESCAN_REQUIRE_REDIS === '1';

/** A port on 127.0.0.1 nothing listens on now (another process may take it before redis-server does: then we try again). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Start redis-server and wait until it accepts connections. */
export async function startRedis(): Promise<RedisServer> {
  for (let attempt = 1; ; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'wirescan-redis-'));
    const port = await freePort();
    const child = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.add(child);
    const log: string[] = [];
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 20_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        log.push(chunk.toString());
        if (/Ready to accept connections/.test(log.join(''))) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    const stop = () => stopServer(child, dir);
    if (ready) return { url: `redis://127.0.0.1:${port}`, port, pid: child.pid!, stop };
    await stop();
    if (attempt >= 3) throw new Error(`redis-server did not start on port ${port}:\n${log.join('')}`);
  }
}

async function stopServer(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL'); // no persistence: nothing to save; and a server stopped with SIGSTOP ignores SIGTERM
    await exited;
  }
  started.delete(child);
  rmSync(dir, { recursive: true, force: true });
}
