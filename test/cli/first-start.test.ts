// A fresh installation without the demo makes one administrator and shows its password once.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/databases';
import { loginOver, runPasoLater, type ServerProcess, startServer, stopServer } from '../support/process';

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

  // Before, the command said the port was taken and kept running until stopped by hand, and the
  // administrator it had just made was never shown: the next start showed no password either.
  it('ends at once when its port is taken, saying so, and still shows the administrator it made', async () => {
    t = await openTestDb('sqlite');
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const address = taken.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const run = await runPasoLater(['serve', '--port', String(port)], { ...t.env, PASO_LOG_LEVEL: 'warn' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(`127.0.0.1:${port} is already in use`);
      const printed = /username: (\S+)\s+password: (\S+)/.exec(run.stdout);
      expect(printed, run.stdout).not.toBeNull();
      server = await startServer(t.env, []);
      const [, username, password] = printed ?? [];
      await expect(loginOver(server.url, username ?? '', password ?? '')).resolves.toHaveProperty('cookie');
    } finally {
      taken.close();
    }
  });
});
