// Two Paso servers on one PostgreSQL database (decision 0003): a person whose name a correction sent to
// one server changes is found by the corrected name by the other, which was running all along, among
// the earlier registrations its booths are offered, and no longer by the name first typed. It learned
// of other servers' corrections only at its next start.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { as, login, TEST_SETTINGS } from '../../../test/support/app';
import { openTestDb, TEST_AUDIT_KEY, type TestDb } from '../../../test/support/databases';
import { withAuditKey } from '../../store/audit';
import { type Db, openDatabase } from '../../store/db';
import { seedDemo } from '../../store/demo';
import { buildApp } from '../app';
import { createServerContext } from '../context';
import { crossingAt, postEvents, TYPED_WRONG } from './test-post-events';

const NOW = new Date('2025-11-27T15:00:00Z');
const CORRECTED = { ...TYPED_WRONG, givenNames: 'YOLANDA', surname1: 'IBÁÑEZ', surname2: 'QUISPE' };
// A bound on waiting for the once-a-second catch-up, generous for a loaded machine: not a time measured.
const WAIT = { timeout: 30_000, interval: 250 };

const crossing = (person: object, at: string) => crossingAt(at, person);

describe('a correction sent to one of two servers on one PostgreSQL database', () => {
  let t: TestDb;
  let second: Db;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDb('postgres');
    await seedDemo(t.db.kysely, NOW);
    second = withAuditKey(
      openDatabase({ kind: 'postgres', url: t.env.PASO_DATABASE_URL ?? '' }),
      TEST_AUDIT_KEY,
    );
    a = await buildApp(await createServerContext(t.db, () => NOW, TEST_SETTINGS));
    b = await buildApp(await createServerContext(second, () => NOW, TEST_SETTINGS));
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await second.close();
    await t.cleanup();
  });

  it('is followed by the other server while it runs', async () => {
    const [officerA, officerB] = [await login(a, 'officer'), await login(b, 'officer')];
    // The earlier registrations server B's booth is shown for a crossing of this person.
    const offeredByB = async (person: object) => {
      const [outcome] = await postEvents(b, as(officerB), [crossing(person, '2025-11-27T14:58:00Z')]);
      expect(outcome).toMatchObject({ status: 'applied' });
      return ((outcome as { candidates?: { registrationId: string }[] }).candidates ?? []).map(
        (c) => c.registrationId,
      );
    };
    const first = crossing(TYPED_WRONG, '2025-11-27T14:50:00Z');
    expect((await postEvents(a, as(officerA), [first]))[0]).toMatchObject({ status: 'applied' });
    // B catches up with the person registered on A, under the name as typed.
    await vi.waitFor(async () => expect(await offeredByB(TYPED_WRONG)).toContain(first.id), WAIT);

    const renaming = {
      kind: 'correction',
      id: crypto.randomUUID(),
      at: '2025-11-27T14:52:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: first.id,
      set: { person: CORRECTED },
      note: 'nombre mal escrito',
    };
    expect((await postEvents(a, as(officerA), [renaming]))[0]).toMatchObject({ status: 'applied' });
    await vi.waitFor(async () => expect(await offeredByB(CORRECTED)).toContain(first.id), WAIT);
    expect(await offeredByB(TYPED_WRONG)).not.toContain(first.id);
  });
});
