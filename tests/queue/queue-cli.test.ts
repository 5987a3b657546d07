// The queue commands' usage errors and an unreachable Redis: no redis-server needed.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killStartedClis, runCli } from './run-cli.js';
import { freePort } from './start-redis.js';

afterEach(killStartedClis);

describe('queue commands: usage errors exit 2 and name the fix', () => {
  const rows: [string[], RegExp][] = [
    [['queue', 'add', 'x'], /required option '--queue <name>' not specified/],
    [['queue', 'add', 'x', '--queue', 'a:b'], /--queue takes a name of letters, digits/],
    [['queue', 'add', 'x', '--queue', 'q', '--attempts', '0'], /--attempts takes a whole number of 1 or more/],
    [['queue', 'status', '--queue', 'q', '--redis', 'http://127.0.0.1:6379'], /--redis takes a URL such as redis:\/\/127\.0\.0\.1:6379/],
    [['worker', '--queue', 'q', '--concurrency', '0'], /--concurrency takes a whole number/],
    [['worker', '--queue', 'q', '--lock-duration', 'soon'], /--lock-duration takes a whole number/],
    [['collect', '--queue', 'q'], /required option '-o, --out <dir>' not specified/],
    [['queue', 'status', '--queue', 'q', '--redis-timeout', '0'], /--redis-timeout takes a whole number of 1 or more/],
    [['queue', 'add', 'a.txt', 'crawl.warc.gz', '--queue', 'q', '--redis', 'redis://127.0.0.1:1'], /^wirescan: crawl\.warc\.gz: web archives are not queued .*: extract them with wirescan extract\n/],
    [['queue', 'frobnicate'], /unknown command 'frobnicate'/],
  ];
  it.each(rows)('%j', async (args, message) => {
    const res = await runCli(args);
    expect(res.stderr).toMatch(message);
    expect(res.status).toBe(2);
  });
});

describe('queue commands: an unreachable Redis is one line and exit 1, not a stack trace or a hang', { timeout: 60_000 }, () => {
  let silent: Server;
  let silentPort = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // A server that accepts connections and never answers.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  const commands: [string, string[]][] = [
    ['queue add', ['queue', 'add', 'fixtures']],
    ['queue status', ['queue', 'status']],
    ['queue retry', ['queue', 'retry']],
    ['queue remove', ['queue', 'remove']],
    ['worker', ['worker']],
    ['collect', ['collect', '--out', 'unused']],
  ];
  it.each(commands)('%s: nothing listening', async (_, command) => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const res = await runCli([...command, '--queue', 'q', '--redis', url]);
    expect(res.stderr).toBe(`wirescan: cannot reach Redis at ${url} (connect ECONNREFUSED ${url.slice(8)}): start redis-server there, or give --redis URL\n`);
    expect(res.status).toBe(1);
  });

  it('a server that never answers: given up on after 5 s', async () => {
    const res = await runCli(['queue', 'status', '--queue', 'q', '--redis', `redis://127.0.0.1:${silentPort}`]);
    expect(res.stderr).toMatch(/^wirescan: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ \(no answer within 5 s\)[^\n]*\n$/);
    expect(res.status).toBe(1);
  });
});
