// The server killed (SIGKILL) in the middle of a booth's sync: once while a batch is in flight, once
// after a batch was stored but before the booth heard the answer. After each restart the outbox drains
// by itself on the next attempt and the server holds every record exactly once, counted once.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBatchReply } from '../../src/api/events';
import { err, ok } from '../../src/domain/shared';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { CLIENT_CODES, clientProblem } from '../../src/web/api/problem';
import { openOutbox } from '../../src/web/offline/outbox';
import { createSync } from '../../src/web/offline/sync';
import { boothShift } from '../support/booth-records';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { loginOver, runPaso, type ServerProcess, startServer, stopServer } from '../support/process';

// Three batches of the outbox's 250.
const SHIFT = boothShift(600);

describe.each(DIALECTS)('SIGKILL in the middle of a sync, on %s', { timeout: 480_000 }, (dialect) => {
  let t: TestDb | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    if (server) await stopServer(server, 'SIGKILL');
    await t?.cleanup();
  });

  it('drains the outbox after each restart and keeps every record exactly once', async () => {
    t = await openTestDb(dialect);
    server = await startServer(t.env);
    let headers = await loginOver(server.url, 'oficial.santarosa', DEMO_PASSWORD);
    // What becomes of each send, by its number: the second is in flight when the server is killed; the
    // fourth is stored and answered, and the server killed before the answer reaches the booth.
    let sent = 0;
    const fates: Record<number, 'kill-in-flight' | 'kill-after-answer'> = {
      2: 'kill-in-flight',
      4: 'kill-after-answer',
    };
    const sync = createSync({
      outbox: openOutbox('crash-booth', { indexedDB: new IDBFactory(), IDBKeyRange }),
      send: async (events) => {
        const target = server;
        if (target === undefined) return err(clientProblem(CLIENT_CODES.network));
        sent += 1;
        const fate = fates[sent];
        // No answer (the server died) is null, handled at once so that no rejection goes unheard.
        const answer = fetch(`${target.url}/api/events`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ events }),
        }).catch(() => null);
        if (fate === 'kill-in-flight') {
          await stopServer(target, 'SIGKILL');
          server = undefined;
          await (await answer)?.body?.cancel();
          return err(clientProblem(CLIENT_CODES.network));
        }
        const response = await answer;
        if (response === null) return err(clientProblem(CLIENT_CODES.network));
        const body = EventBatchReply.parse(await response.json());
        if (fate === 'kill-after-answer') {
          await stopServer(target, 'SIGKILL');
          server = undefined;
          return err(clientProblem(CLIENT_CODES.network));
        }
        return ok(body.outcomes);
      },
      // The booth retries on a timer; here the test retries when the server is back.
      schedule: () => () => undefined,
      now: () => new Date(),
      online: false,
    });
    const demo = new Set(
      (await t.db.kysely.selectFrom('crossing_event').select('id').execute()).map((r) => r.id),
    );
    for (const submission of SHIFT) await sync.submit(submission);
    const made = SHIFT.flat().map((e) => e.id);
    expect(sync.getState().waiting).toBe(made.length);

    const restart = async () => {
      if (t === undefined) throw new Error('no database');
      server = await startServer(t.env);
      headers = await loginOver(server.url, 'oficial.santarosa', DEMO_PASSWORD);
    };

    // The network returns: the first batch lands, the second dies in flight with the server.
    sync.setOnline(true);
    await sync.flush();
    expect(server).toBeUndefined();
    expect(sync.getState().waiting).toBeGreaterThan(0);
    await restart();
    // The second batch goes again and lands; the third is stored but its answer is lost with the server.
    await sync.flush();
    expect(server).toBeUndefined();
    expect(sync.getState().waiting).toBeGreaterThan(0);
    await restart();
    await sync.flush();
    expect(sync.getState()).toMatchObject({ waiting: 0, refused: [] });

    const db = t.db.kysely;
    // The booth's records beside the demo's own; the server adds screening holds, recorded by no user.
    const stored = (
      await db.selectFrom('crossing_event').select('id').where('recorded_by', 'is not', null).execute()
    ).map((r) => r.id);
    expect(stored.filter((id) => !demo.has(id)).sort()).toEqual([...made].sort());
    const counts = async (recount: boolean) => {
      const response = await fetch(
        `${server?.url}/api/counts?from=2025-11-26&to=2025-11-28&by=source,decision,hour${recount ? '&recount=true' : ''}`,
        { headers },
      );
      expect(response.status).toBe(200);
      return ((await response.json()) as { rows: unknown[] }).rows;
    };
    const kept = await counts(false);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(await counts(true));
    if (server) await stopServer(server, 'SIGTERM');
    server = undefined;
    const verify = runPaso(['audit', 'verify'], t.env);
    expect(verify.stdout).toMatch(/intact/);
  });
});
