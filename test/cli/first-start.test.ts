// A fresh installation without the demo makes one administrator and shows its password once.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/databases';
import { loginOver, type ServerProcess, startServer, stopServer } from '../support/process';

describe('first start without the demo', { timeout: 120_000 }, () => {
  let t: TestDb | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    if (server) await stopServer(server, 'SIGTERM');
    await t?.cleanup();
  });

  it('prints a one-time administrator password that works, and never again', async () => {
    t = await openTestDb('sqlite');
    server = await startServer(t.env, []);
    const printed = /username: (\S+)\s+password: (\S+)/.exec(server.output());
    expect(printed, server.output()).not.toBeNull();
    const [, username, password] = printed ?? [];
    const meta = await (await fetch(`${server.url}/api/meta`)).json();
    expect(meta).toMatchObject({ demo: false });
    await expect(loginOver(server.url, username ?? '', password ?? '')).resolves.toHaveProperty('cookie');
    await stopServer(server, 'SIGTERM');

    server = await startServer(t.env, []);
    expect(server.output()).not.toMatch(/password/i);
  });
});
