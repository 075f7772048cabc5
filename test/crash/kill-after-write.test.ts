// An acknowledged write survives `kill -9` of the server: the answer went out only after the
// transaction committed, so the row must be there when the server comes back.
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { loginOver, runPaso, type ServerProcess, startServer, stopServer } from '../support/process';

// True once the server stops accepting connections (it has begun shutting down); bounded tries.
async function refusesNewConnections(url: URL): Promise<boolean> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(url.port), url.hostname);
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return true;
  }
  return false;
}

describe.each(DIALECTS)(
  'SIGKILL right after an acknowledged write, on %s',
  { timeout: 120_000 },
  (dialect) => {
    let t: TestDb | undefined;
    let server: ServerProcess | undefined;
    afterEach(async () => {
      if (server) await stopServer(server, 'SIGKILL');
      await t?.cleanup();
    });

    it('keeps every acknowledged user after the server is killed and restarted', async () => {
      t = await openTestDb(dialect);
      server = await startServer(t.env);
      const admin = await loginOver(server.url, 'admin', DEMO_PASSWORD);
      const acknowledged: string[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${server.url}/api/users`, {
          method: 'POST',
          headers: { ...admin, 'content-type': 'application/json' },
          body: JSON.stringify({
            username: `kill.test.${i}`,
            displayName: `Kill ${i}`,
            role: 'analyst',
            password: 'a-long-enough-password',
          }),
        });
        expect(response.status).toBe(201);
        acknowledged.push(`kill.test.${i}`);
      }
      // Killed the instant the last answer arrived: no graceful shutdown, no chance to flush.
      expect(await stopServer(server, 'SIGKILL')).toBeNull();

      server = await startServer(t.env);
      const again = await loginOver(server.url, 'admin', DEMO_PASSWORD);
      const users = (await (await fetch(`${server.url}/api/users`, { headers: again })).json()) as {
        users: { username: string }[];
      };
      expect(users.users.map((u) => u.username)).toEqual(expect.arrayContaining(acknowledged));
      await stopServer(server, 'SIGTERM');
      server = undefined;
      const verify = runPaso(['audit', 'verify'], t.env);
      expect(verify.stdout).toMatch(/intact/);
      expect(verify.status).toBe(0);
    });

    it('finishes a request in flight when asked to stop with SIGTERM', async () => {
      t = await openTestDb(dialect);
      server = await startServer(t.env);
      const url = new URL(server.url);
      const body = JSON.stringify({ username: 'supervisor', password: DEMO_PASSWORD });
      // Headers and half the body go out now; the rest only once the server is shutting down.
      const request = http.request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/auth/login',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const connected = new Promise<void>((resolve) =>
        request.on('socket', (socket) =>
          socket.connecting ? socket.once('connect', () => resolve()) : resolve(),
        ),
      );
      const answered = new Promise<number>((resolve, reject) => {
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
      });
      await new Promise<void>((resolve) => request.write(body.slice(0, 10), () => resolve()));
      await connected;
      const exit = stopServer(server, 'SIGTERM');
      expect(await refusesNewConnections(url)).toBe(true);
      request.end(body.slice(10));
      expect(await answered).toBe(200);
      expect(await exit).toBe(0);
      server = undefined;
    });
  },
);
