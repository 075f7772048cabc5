import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../domain/shared';
import type { DecreeInForce } from '../../api/decrees-endpoints';
import { CLIENT_CODES, clientProblem, toProblem } from '../../api/problem';
import { readDecreeInForce } from './kept-decree';

const decree: DecreeInForce = {
  id: '0d0d0000-0000-4000-8000-000000000001',
  number: 'DS 123-2025-PCM',
  title: 'Estado de emergencia en la frontera con Chile',
  startsOn: '2025-11-27',
  endsOn: '2026-01-25',
  timeZone: 'America/Lima',
  extends: null,
};

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

const at = (iso: string) => () => new Date(iso);

describe('the decree in force kept on the device', () => {
  it('shows the server answer as it is, and keeps it with when it was read', async () => {
    const store = memoryStore();
    const read = await readDecreeInForce(
      'PE-SANTA-ROSA',
      async () => ok(decree),
      store,
      at('2026-12-01T15:00:00Z'),
    );
    expect(read).toEqual(ok({ decree, readAt: null }));
  });

  it.each([
    ['no answer (offline, connection refused)', clientProblem(CLIENT_CODES.network)],
    ['a proxy answering 502', toProblem(502, undefined)],
    ['a proxy answering 503', toProblem(503, undefined)],
  ])('shows the last one read, with when, when the request got %s', async (_, problem) => {
    const store = memoryStore();
    await readDecreeInForce('PE-SANTA-ROSA', async () => ok(decree), store, at('2026-12-01T15:00:00Z'));
    const offline = await readDecreeInForce(
      'PE-SANTA-ROSA',
      async () => err(problem),
      store,
      at('2026-12-02T09:00:00Z'),
    );
    expect(offline).toEqual(ok({ decree, readAt: '2026-12-01T15:00:00.000Z' }));
  });

  it('keeps that no decree was in force, too', async () => {
    const store = memoryStore();
    await readDecreeInForce('PE-SANTA-ROSA', async () => ok(null), store, at('2026-12-01T15:00:00Z'));
    const offline = await readDecreeInForce(
      'PE-SANTA-ROSA',
      async () => err(clientProblem(CLIENT_CODES.network)),
      store,
      at('2026-12-02T09:00:00Z'),
    );
    expect(offline).toEqual(ok({ decree: null, readAt: '2026-12-01T15:00:00.000Z' }));
  });

  it('keeps one per checkpoint, and shows none kept for another', async () => {
    const store = memoryStore();
    await readDecreeInForce('PE-SANTA-ROSA', async () => ok(decree), store, at('2026-12-01T15:00:00Z'));
    const unreachable = err(clientProblem(CLIENT_CODES.network));
    expect(
      await readDecreeInForce('PE-OTHER', async () => unreachable, store, at('2026-12-02T09:00:00Z')),
    ).toEqual(unreachable);
  });

  it('passes on a refusal from the server (not a missing server) and what it cannot read', async () => {
    const store = memoryStore();
    await readDecreeInForce('PE-SANTA-ROSA', async () => ok(decree), store, at('2026-12-01T15:00:00Z'));
    const forbidden = err(toProblem(403, { status: 403, code: 'auth.forbidden' }));
    expect(
      await readDecreeInForce('PE-SANTA-ROSA', async () => forbidden, store, at('2026-12-02T09:00:00Z')),
    ).toEqual(forbidden);
    store.items.set('paso.decree-in-force:PE-SANTA-ROSA', '{"decree":{"id":1}');
    const unreachable = err(clientProblem(CLIENT_CODES.network));
    expect(
      await readDecreeInForce('PE-SANTA-ROSA', async () => unreachable, store, at('2026-12-02T09:00:00Z')),
    ).toEqual(unreachable);
  });
});
