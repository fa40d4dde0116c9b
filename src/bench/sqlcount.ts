// Counts the SQL statements a server sends to PostgreSQL, whatever its driver: a loopback TCP proxy
// in front of the database that reads the frontend side of the wire protocol and counts Query
// ('Q', simple protocol) and Execute ('E', extended protocol) messages. The same measure for
// Isnad (Prisma over pg), PostGraphile (pg, prepared statements) and the floor (pg).
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  port: number;
  /** Statements seen since the last reset. */
  count(): number;
  /** The statements' texts are not visible in Execute messages; Query texts are kept here. */
  reset(): void;
  close(): Promise<void>;
}

/** A parser of the client → server byte stream that calls `onMessage` with each message type. */
function frontendParser(onMessage: (type: string) => void): (chunk: Buffer) => void {
  let startup = true; // the first message (StartupMessage or SSLRequest) has no type byte
  let header = Buffer.alloc(0);
  let skip = 0;
  return (chunk: Buffer) => {
    let i = 0;
    while (i < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - i);
        skip -= n;
        i += n;
        continue;
      }
      const want = startup ? 4 : 5;
      const take = Math.min(want - header.length, chunk.length - i);
      header = Buffer.concat([header, chunk.subarray(i, i + take)]);
      i += take;
      if (header.length < want) continue;
      if (startup) {
        const length = header.readInt32BE(0);
        const code = length >= 8 && i + 4 <= chunk.length ? chunk.readInt32BE(i) : 0;
        skip = length - 4;
        // An SSLRequest/GSSENCRequest is followed by another startup-style message.
        startup = code === 80877103 || code === 80877104;
      } else {
        onMessage(String.fromCharCode(header[0]));
        skip = header.readInt32BE(1) - 4;
      }
      header = Buffer.alloc(0);
    }
  };
}

export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  const host = target.hostname;
  const port = Number(target.port || 5432);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  // No Nagle on either side: a reply written in two pieces would otherwise wait for the peer's
  // delayed ACK (~40 ms on Linux), which showed as 45 ms pages in --quick mode (its load goes
  // through this proxy).
  const server = net.createServer({ noDelay: true }, (client) => {
    const upstream = net.connect({ port, host, noDelay: true });
    sockets.add(client);
    sockets.add(upstream);
    const parse = frontendParser((type) => {
      if (type === 'Q' || type === 'E') statements++;
    });
    client.on('data', (d: Buffer) => {
      parse(d);
      upstream.write(d);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    count: () => statements,
    reset: () => {
      statements = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The database URL with its host and port replaced by the proxy's. */
export function viaProxy(databaseUrl: string, proxyPort: number): string {
  const u = new URL(databaseUrl);
  u.hostname = '127.0.0.1';
  u.port = String(proxyPort);
  return u.toString();
}
