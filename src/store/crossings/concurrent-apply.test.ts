// Two Paso servers on one PostgreSQL database write events at the same moment: each transaction must
// see what the other committed before it reads the state it changes. On SQLite the server's one
// connection runs one transaction after the other, so there the same tests check the ordinary path.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { PasoEvent } from '../../api/events';
import { DIMENSIONS } from '../../domain/crossings';
import { type ApplyOutcome, applyEvents } from './apply';
import { readFigures, recountFigures } from './figures';

const NOW = '2025-11-27T15:00:00.000Z';
const RANGE = { from: '2025-11-01', to: '2025-12-31' };
const id = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const crossing: PasoEvent = {
  kind: 'crossing',
  id: id(1),
  at: '2025-11-27T14:10:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  decision: 'admitted',
  person: { givenNames: 'Yuleisy', surname1: 'Mora', sex: 'F', birthDate: '1994-02-11', nationality: 'VEN' },
};

const correction = (n: number, set: Record<string, unknown>): PasoEvent =>
  ({
    kind: 'correction',
    id: id(n),
    at: '2025-11-27T14:30:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: crossing.id,
    set,
  }) as PasoEvent;

// A promise one side resolves when it is ready and the other awaits (Node 20 has no withResolvers).
function signal(): { send: () => void; sent: Promise<void> } {
  const out: { send: () => void; sent?: Promise<void> } = { send: () => undefined };
  out.sent = new Promise<void>((resolve) => {
    out.send = resolve;
  });
  return out as { send: () => void; sent: Promise<void> };
}

describe.each(DIALECTS)('events written by two transactions at once on %s', (dialect) => {
  const opened = eachDemoDbToApply(dialect, NOW);

  // Until PostgreSQL reports a session of this database waiting for a lock: the second transaction has
  // gone as far as it can while the first one is open.
  async function secondIsWaiting(): Promise<void> {
    if (dialect === 'sqlite') return;
    for (let tries = 0; tries < 500; tries += 1) {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(opened.db.kysely);
      if (Number(rows[0]?.n) > 0) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the second transaction never waited for the first');
  }

  /** Applies `first` in a transaction held open until `second`, in its own, waits on it; both outcomes. */
  async function atOnce(
    first: readonly PasoEvent[],
    second: readonly PasoEvent[],
  ): Promise<[ApplyOutcome[], ApplyOutcome[]]> {
    const firstApplied = signal();
    const released = signal();
    const one = opened.db.kysely.transaction().execute(async (tx) => {
      const out = await applyEvents(tx, first, opened.ctx);
      firstApplied.send();
      await released.sent;
      return out;
    });
    await firstApplied.sent;
    const two = opened.db.kysely.transaction().execute((tx) => applyEvents(tx, second, opened.ctx));
    await secondIsWaiting();
    released.send();
    return Promise.all([one, two]);
  }

  it('keeps both corrections of one event made at once, and the figures equal to the recount', async () => {
    await opened.db.kysely.transaction().execute((tx) => applyEvents(tx, [crossing], opened.ctx));
    const [one, two] = await atOnce(
      [correction(2, { direction: 'exit' })],
      [correction(3, { decision: 'refused', refusalGround: 'other' })],
    );
    expect([one, two]).toMatchObject([[{ status: 'applied' }], [{ status: 'applied' }]]);
    const state = await opened.db.kysely
      .selectFrom('event_state')
      .select(['direction', 'decision', 'corrections'])
      .where('event_id', '=', crossing.id)
      .executeTakeFirstOrThrow();
    expect(state).toEqual({ direction: 'exit', decision: 'refused', corrections: 2 });
    const q = { ...RANGE, by: DIMENSIONS };
    expect(await readFigures(opened.db.kysely, q)).toEqual(await recountFigures(opened.db.kysely, q));
    const [total] = await readFigures(opened.db.kysely, { ...RANGE, by: ['direction'] });
    expect(total).toMatchObject({ dims: { direction: 'exit' }, crossed: 0, refused: 1 });
  });

  it('applies once an event sent to two servers at once: the second answer says duplicate', async () => {
    const [one, two] = await atOnce([crossing], [crossing]);
    expect([one, two]).toMatchObject([[{ status: 'applied' }], [{ status: 'duplicate' }]]);
    const [total] = await readFigures(opened.db.kysely, { ...RANGE, by: [] });
    expect(total).toMatchObject({ crossed: 1 });
  });
});
