// A throwaway nginx reverse proxy for tests: its own configuration, pid, logs and temporary files in a
// temporary folder, in the foreground, listening on 127.0.0.1 and a free port, proxying to one
// upstream the way docs/operations.md tells operators to. Uses the installed nginx (Debian's).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface ThrowawayNginx {
  /** The proxy's public address, as a browser would use it. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export function findNginx(): string | undefined {
  const candidates = [
    process.env.PASO_NGINX_BIN,
    '/usr/sbin/nginx',
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
  ];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '' && existsSync(c));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// Modules a build may leave out (nginx -V says --without-http_uwsgi_module); their temp paths are
// then unknown directives.
function tempPaths(nginx: string, root: string): string[] {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
  const paths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].filter(
    (m) => !built.includes(`--without-http_${m}_module`),
  );
  return paths.map((m) => `  ${m}_temp_path ${join(root, m)};`);
}

function configuration(nginx: string, root: string, port: number, upstream: string): string {
  // As root the master hands the sockets to workers of another user, who could not enter the
  // temporary folder; run them as root too. Otherwise nginx ignores the directive, so leave it out.
  const user = process.getuid?.() === 0 ? 'user root root;' : '';
  return `${user}
worker_processes 1;
pid ${join(root, 'nginx.pid')};
error_log ${join(root, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log ${join(root, 'access.log')};
${tempPaths(nginx, root).join('\n')}
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass ${upstream};
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}

// nginx binds its port before it serves; until then a connection is refused.
async function untilListening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on port ${port}:\n${log()}`);
}

/** Starts nginx in front of `upstream` (http://127.0.0.1:port). */
export async function startNginx(upstream: string): Promise<ThrowawayNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx not found: apt-get install nginx-light, or set PASO_NGINX_BIN');
  const root = mkdtempSync(join(tmpdir(), 'paso-nginx-'));
  const port = await freePort();
  const conf = join(root, 'nginx.conf');
  writeFileSync(conf, configuration(nginx, root, port, upstream));
  let output = '';
  const child = spawn(nginx, ['-p', root, '-c', conf, '-e', join(root, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const log = () => {
    const file = join(root, 'error.log');
    return `${output}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await untilListening(port, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, port, stop };
}
