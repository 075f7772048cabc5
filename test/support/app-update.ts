// An HTTP proxy in front of a test server that can publish a new version of the app: once `publish` is
// called, the service worker script it serves differs from the one the browser installed, so the
// browser installs the new one beside it and the app offers the update (offline/update-prompt.tsx).
import { createServer, request } from 'node:http';

export interface AppUpdateProxy {
  readonly url: string;
  /** From now on, /sw.js is a new version. */
  publish(): void;
  close(): Promise<void>;
}

export async function startAppUpdateProxy(target: string): Promise<AppUpdateProxy> {
  const { hostname, port } = new URL(target);
  let version = 0;
  const server = createServer((incoming, reply) => {
    const isWorker = (incoming.url ?? '').startsWith('/sw.js');
    const headers = { ...incoming.headers };
    // A revalidation answered 304 would keep the old script.
    if (isWorker) {
      delete headers['if-none-match'];
      delete headers['if-modified-since'];
    }
    const upstream = request(
      { host: hostname, port, path: incoming.url, method: incoming.method, headers },
      (answer) => {
        if (!isWorker || version === 0) {
          reply.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(reply);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const {
            'content-length': _length,
            etag: _etag,
            'last-modified': _modified,
            ...rest
          } = answer.headers;
          reply.writeHead(200, { ...rest, 'cache-control': 'no-cache' });
          reply.end(Buffer.concat([...chunks, Buffer.from(`\n// version ${version}\n`)]));
        });
      },
    );
    upstream.on('error', () => reply.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    publish: () => {
      version += 1;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
