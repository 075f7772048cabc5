// Care's families on both databases: the people of a crossing group (`group`, as sent or as last
// corrected) are each other's family, found by the group's index (migration 0022), not by reading the
// text of every crossing stored.
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { PasoEvent } from '../../api/events';
import { applyEvents } from '../crossings';
import { carePeople, findCareCandidates } from './people';

const NOW = '2025-11-27T15:00:00.000Z';
const GROUP = 'a0000000-0000-4000-8000-00000000000a';
const OTHER = 'b0000000-0000-4000-8000-00000000000b';
const eventId = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const crossing = (n: number, group?: string, consent = true): PasoEvent =>
  ({
    kind: 'crossing',
    id: eventId(n),
    at: '2025-11-27T14:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    consent,
    person: { givenNames: `Persona ${n}`, surname1: 'Quispe', sex: 'F', birthDate: '1990' },
    ...(group && { group }),
  }) as PasoEvent;

const regroup = (n: number, target: number, group: string): PasoEvent =>
  ({
    kind: 'correction',
    id: eventId(100 + n),
    at: '2025-11-27T14:30:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: eventId(target),
    set: { group },
  }) as PasoEvent;

describe.each(DIALECTS)("care's families on %s", (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);

  it('finds a family by its group as sent and as corrected, and not by a group corrected away', async () => {
    const db = t.db.kysely;
    const applied = await applyEvents(
      db,
      [crossing(1, GROUP), crossing(2, GROUP), crossing(3), crossing(4, OTHER)],
      t.ctx,
    );
    expect(applied.map((o) => o.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const personOf = async (n: number) =>
      (
        await db
          .selectFrom('crossing_event')
          .select('person_id')
          .where('id', '=', eventId(n))
          .executeTakeFirstOrThrow()
      ).person_id ?? '';
    const [p1, p2, p3, p4] = [await personOf(1), await personOf(2), await personOf(3), await personOf(4)];
    const familyOf = async (id: string) => [...((await carePeople(db, [id])).get(id)?.family ?? [])].sort();
    expect(await familyOf(p1)).toEqual([p2]);
    expect(await familyOf(p3)).toEqual([]);

    // The officer puts the third person in the family, and takes the second out of it.
    await applyEvents(db, [regroup(1, 3, GROUP), regroup(2, 2, OTHER)], t.ctx);
    expect(await familyOf(p1)).toEqual([p3]);
    expect(await familyOf(p3)).toEqual([p1]);
    expect(await familyOf(p2)).toEqual([p4]);
  });

  it('gives the family of a person found, with who did not consent, unnamed: a check-in may leave them out', async () => {
    const db = t.db.kysely;
    await applyEvents(db, [crossing(11, GROUP), crossing(12, GROUP, false)], t.ctx);
    const found = await findCareCandidates(db, 'persona 11 quispe');
    expect(found.people.map((p) => p.givenNames)).toEqual(['Persona 11']);
    // Who did not consent to sharing their data with the humanitarian side is not named to it.
    expect(found.people[0]?.relatives).toEqual([
      expect.objectContaining({ givenNames: '', surname1: '', consented: false, shelterId: null }),
    ]);
    // Who did not consent is not found for a check-in of their own.
    expect((await findCareCandidates(db, 'persona 12 quispe')).people).toEqual([]);
  });
});
