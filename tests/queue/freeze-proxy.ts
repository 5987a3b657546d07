// A Redis that freezes in the middle of a command: a TCP proxy to a real server on 127.0.0.1 that stops passing
// anything, either way, once a client sends a given command (a frozen server, or a network partition without
// a reset: the connection stays open and no answer comes).
import { connect, createServer, type Socket } from 'node:net';

/** The proxy: a URL to give the CLI, and `close`. */
export interface FreezingProxy {
  url: string;
  close(): Promise<void>;
}

/** Proxy to the Redis on `port`; a connection freezes once it sends `command` (e.g. "ZRANGE"). */
export async function startFreezingProxy(port: number, command: string): Promise<FreezingProxy> {
  const sockets: Socket[] = [];
  const trigger = `\r\n${command.toLowerCase()}\r\n`;
  const server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    sockets.push(client, upstream);
    let frozen = false;
    client.on('data', (data: Buffer) => {
      frozen ||= data.toString('latin1').toLowerCase().includes(trigger);
      if (!frozen) upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => void (frozen || client.write(data)));
    for (const socket of [client, upstream]) socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
