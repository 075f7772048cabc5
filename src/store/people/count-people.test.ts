// People counted once on both databases: a record merged into another counts as its root, whether the
// root was registered at the checkpoints counted or elsewhere, and a registration made at a booth
// without a crossing counts like a crossing's. Checked against the count worked out here from every
// registration and person record, over the demo's history and records merged across checkpoints.
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import { registrationOf } from '../../../test/support/registrations';
import type { PasoEvent } from '../../api/events';
import { applyEvents } from '../crossings';
import { CHACALLUTA_ID, SANTA_ROSA_ID } from '../demo';
import type { Executor } from '../executor';
import { countPeople, insertRegistration } from './index';

const NOW = '2025-11-27T15:00:00.000Z';

const crossing = (n: number, checkpoint: string): PasoEvent =>
  ({
    kind: 'crossing',
    id: `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: '2025-11-27T14:00:00Z',
    checkpoint,
    direction: 'entry',
    decision: 'admitted',
    person: { givenNames: `Persona ${n}`, surname1: 'Quispe', sex: 'F', birthDate: '1990' },
  }) as PasoEvent;

// The count as its definition says it: the distinct roots of the records registered at `checkpoints`.
async function expected(db: Executor, checkpoints?: readonly string[]) {
  const crossings = await db
    .selectFrom('crossing_event')
    .select(['person_id', 'checkpoint_id'])
    .where('person_id', 'is not', null)
    .execute();
  const booths = await db.selectFrom('booth_registration').select(['person_id', 'checkpoint_id']).execute();
  const roots = new Map(
    (await db.selectFrom('person').select(['id', 'merged_into']).execute()).map((p) => [
      p.id,
      p.merged_into ?? p.id,
    ]),
  );
  const counted = [...crossings, ...booths].filter(
    (r) => checkpoints === undefined || checkpoints.includes(r.checkpoint_id),
  );
  return {
    registrations: counted.length,
    people: new Set(counted.map((r) => roots.get(r.person_id ?? ''))).size,
  };
}

describe.each(DIALECTS)('counting people on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);

  it('counts a merged record as its root, registered at the checkpoints counted or not', async () => {
    const db = t.db.kysely;
    const events = [1, 2, 3, 4].map((n) => crossing(n, 'PE-SANTA-ROSA'));
    events.push(...[5, 6, 7].map((n) => crossing(n, 'CL-CHACALLUTA')));
    const outcomes = await applyEvents(db, events, t.ctx);
    expect(outcomes.map((o) => o.status)).toEqual(Array(7).fill('applied'));
    for (const [n, checkpointId] of [
      [8, SANTA_ROSA_ID],
      [9, CHACALLUTA_ID],
    ] as const) {
      const r = registrationOf(n, 'Rosa', 'Mamani');
      await insertRegistration(db, { ...r, registration: { ...r.registration, checkpointId } });
    }
    const personOf = async (n: number) =>
      (
        await db
          .selectFrom('crossing_event')
          .select('person_id')
          .where('id', '=', crossing(n, '').id)
          .executeTakeFirstOrThrow()
      ).person_id ?? '';
    const booth = (n: number) => registrationOf(n, '', '').person.id;
    // Merged as a supervisor merges: each record points at its group's root.
    const merges: [string, string][] = [
      [await personOf(2), await personOf(1)], // both at Santa Rosa
      [await personOf(5), await personOf(3)], // the root at Santa Rosa, the record at Chacalluta
      [await personOf(4), await personOf(3)],
      [await personOf(7), await personOf(6)], // both at Chacalluta
      [booth(9), booth(8)], // registered at booths, at each checkpoint
    ];
    for (const [record, root] of merges)
      await db.updateTable('person').set({ merged_into: root }).where('id', '=', record).execute();

    for (const scope of [undefined, [SANTA_ROSA_ID], [CHACALLUTA_ID], [SANTA_ROSA_ID, CHACALLUTA_ID]]) {
      const want = await expected(db, scope);
      expect(await countPeople(db, scope), String(scope)).toEqual(want);
    }
    // Chacalluta's merged records whose roots were registered at Santa Rosa count once each there.
    const chacalluta = await countPeople(db, [CHACALLUTA_ID]);
    const all = await countPeople(db);
    expect(all.people).toBeLessThan(all.registrations);
    expect(chacalluta.people).toBeLessThanOrEqual(chacalluta.registrations);
    expect(await countPeople(db, [])).toEqual({ registrations: 0, people: 0 });
  });
});
