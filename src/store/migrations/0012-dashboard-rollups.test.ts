// Migration 0012 fills person_day from the events stored before it, with a fixed copy of the code's
// rules: on data the code wrote, it must give exactly what the code keeps up to date since.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { EventInput as PasoEvent } from '../../domain/crossings';
import { applyEvents } from '../crossings';
import { readDashboard, recountDashboard } from '../dashboard';
import { type LinkRecord, mergePeople } from '../matching';
import { fillPersonDays } from './0012-dashboard-rollups';

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe.each(DIALECTS)('migration 0012 on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, '2025-11-27T15:00:00.000Z');

  it('fills the people by day from the events already stored, as the code keeps them since', async () => {
    const crossing = (n: number, surname: string, direction: 'entry' | 'exit'): PasoEvent =>
      ({
        kind: 'crossing',
        id: uuid('c1000000', n),
        at: `2025-11-2${5 + (n % 3)}T1${n % 10}:00:00Z`,
        checkpoint: n % 2 === 0 ? 'PE-SANTA-ROSA' : 'CL-CHACALLUTA',
        direction,
        decision: n % 5 === 0 ? 'refused' : 'admitted',
        ...(n % 5 === 0 ? { refusalGround: 'other' } : {}),
        person: { givenNames: 'Luis', surname1: surname },
      }) as PasoEvent;
    const events = Array.from({ length: 12 }, (_, n) =>
      crossing(n, `Rojas${n % 4}`, n % 3 ? 'entry' : 'exit'),
    );
    const outcomes = await t.db.kysely.transaction().execute((tx) => applyEvents(tx, events, t.ctx));
    const [a, b] = outcomes.map((o) => (o.status === 'applied' ? (o.personId ?? '') : ''));
    await t.db.kysely
      .transaction()
      .execute((tx) => mergePeople(tx, { personId: a ?? '', otherPersonId: b ?? '' } as LinkRecord));
    await t.db.kysely.deleteFrom('person_day').execute();
    const empty = await readDashboard(t.db.kysely, { date: '2025-11-26', days: 3 });
    expect(empty.people).toEqual([]);
    await fillPersonDays(t.db.kysely as unknown as Kysely<unknown>);
    for (const date of ['2025-11-25', '2025-11-26', '2025-11-27']) {
      const q = { date, days: 3 };
      const filled = await readDashboard(t.db.kysely, q);
      expect(filled.people.length).toBeGreaterThan(0);
      expect(filled).toEqual(await recountDashboard(t.db.kysely, q));
    }
  });
});
