import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { isWithinExtent, operationExtent } from '../../domain/situation';
import { latestObservations, listOpenIncidents } from '../situation';
import { DEMO_CHECKPOINTS } from './scenario';
import { seedDemo } from './seed';
import { DEMO_BLOCKADE_ID, seedDemoSituation } from './situation';

describe.each(DIALECTS)('the demo situation on %s', (dialect) => {
  const t = eachTestDb(dialect);

  it('has queues at both posts and the open blockade near Chacalluta, and adds only new hours later', async () => {
    const now = new Date('2026-11-30T12:30:00Z');
    await seedDemo(t.db.kysely, now);
    expect(await seedDemoSituation(t.db.kysely, now)).toBe(17);
    const latest = await latestObservations(t.db.kysely);
    const waiting = latest.find(
      (l) => l.checkpoint.code === 'PE-SANTA-ROSA' && l.side === 'entry' && l.kind === 'peopleWaiting',
    );
    expect(waiting).toMatchObject({ value: 96, observedAt: '2026-11-30T12:00:00.000Z' });
    const open = await listOpenIncidents(t.db.kysely);
    expect(open.map((i) => [i.id, i.kind, i.status, i.checkpoint?.code])).toEqual([
      [DEMO_BLOCKADE_ID, 'road-blockade', 'open', 'CL-CHACALLUTA'],
    ]);
    expect(isWithinExtent(operationExtent(DEMO_CHECKPOINTS), open[0] ?? { latitude: 0, longitude: 0 })).toBe(
      true,
    );

    expect(await seedDemoSituation(t.db.kysely, now)).toBe(0);
    expect(await seedDemoSituation(t.db.kysely, new Date('2026-11-30T14:30:00Z'))).toBe(8);
  });
});
