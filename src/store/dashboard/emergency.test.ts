// Crossings since the emergency was declared, on both databases: the days from the declaration's first
// to the date shown, at the checkpoints the decree covers, and nothing where no decree is in force.
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { EventInput as PasoEvent } from '../../domain/crossings';
import { applyEvents } from '../crossings';
import { type EmergencyTotals, readEmergencies } from './index';

// The demo decree is declared five days before the demo's today: in force at Santa Rosa from 2025-11-22.
const NOW = '2025-11-27T15:00:00.000Z';

const crossing = (
  n: number,
  at: string,
  checkpoint: string,
  direction: 'entry' | 'exit',
  decision: 'admitted' | 'refused' = 'admitted',
): PasoEvent =>
  ({
    kind: 'crossing',
    id: `c2000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at,
    checkpoint,
    direction,
    decision,
    ...(decision === 'refused' ? { refusalGround: 'other' } : {}),
    person: { givenNames: 'Ana', surname1: `Quispe${n}` },
  }) as PasoEvent;

const counts = (e: EmergencyTotals | undefined) =>
  Object.fromEntries((e?.totals ?? []).map((r) => [r.dims.direction, [r.crossed, r.refused, r.held]]));

describe.each(DIALECTS)('crossings since the emergency was declared, on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);

  it('adds up the days since the declaration at the checkpoints it covers, to the date shown', async () => {
    const q = { date: '2025-11-27', at: NOW };
    const [before] = await readEmergencies(t.db.kysely, q);
    expect(before).toMatchObject({
      declaration: { number: 'D.S. N.° 135-2025-PCM' },
      since: '2025-11-22',
      checkpoints: ['PE-SANTA-ROSA'],
    });
    const events = [
      crossing(1, '2025-11-26T14:00:00Z', 'PE-SANTA-ROSA', 'entry'),
      crossing(2, '2025-11-26T15:00:00Z', 'PE-SANTA-ROSA', 'entry'),
      crossing(3, '2025-11-26T16:00:00Z', 'PE-SANTA-ROSA', 'entry', 'refused'),
      crossing(4, '2025-11-27T10:00:00Z', 'PE-SANTA-ROSA', 'exit'),
      crossing(5, '2025-11-27T11:00:00Z', 'PE-SANTA-ROSA', 'exit'),
      // Not counted: Chacalluta is not under the Peruvian decree; before it began; after the date shown.
      crossing(6, '2025-11-26T14:00:00Z', 'CL-CHACALLUTA', 'entry'),
      crossing(7, '2025-11-21T14:00:00Z', 'PE-SANTA-ROSA', 'entry'),
      crossing(8, '2025-11-28T14:00:00Z', 'PE-SANTA-ROSA', 'exit'),
    ];
    const outcomes = await t.db.kysely.transaction().execute((tx) => applyEvents(tx, events, t.ctx));
    expect(outcomes.map((o) => o.status)).toEqual(events.map(() => 'applied'));
    const [after] = await readEmergencies(t.db.kysely, q);
    const was = counts(before);
    const now = counts(after);
    const plus = (d: string, i: number) => (now[d]?.[i] ?? 0) - (was[d]?.[i] ?? 0);
    expect([plus('entry', 0), plus('entry', 1), plus('exit', 0), plus('exit', 1)]).toEqual([2, 1, 2, 0]);
  });

  it('finds no emergency where no decree is in force', async () => {
    const db = t.db.kysely;
    expect(await readEmergencies(db, { date: '2025-11-27', at: NOW, checkpoint: 'CL-CHACALLUTA' })).toEqual(
      [],
    );
    expect(await readEmergencies(db, { date: '2025-11-21', at: '2025-11-21T17:00:00.000Z' })).toEqual([]);
  });
});
