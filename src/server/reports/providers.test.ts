// The situation report's incidents are those open during its date as each checkpoint keeps it: an
// incident opened after the checkpoint's midnight, or closed before it, belongs to another day's report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../test/support/databases';
import { planIncidentUpdate } from '../../domain/situation';
import { CHACALLUTA_ID, DEMO_USERS, SANTA_ROSA_ID, seedDemo } from '../../store/demo';
import { appendIncidentUpdate, findIncident, insertIncident } from '../../store/situation';
import { sitrepProviders } from './providers';

const SUPERVISOR = DEMO_USERS[1]?.id ?? '';
const id = (n: number) => `0b5e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the incidents of a situation report', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('sqlite');
    // The demo's own incident is reported three hours before this, far from the dates below.
    await seedDemo(t.db.kysely, new Date('2025-12-20T12:00:00Z'));
    const open = (
      n: number,
      title: string,
      checkpointId: string | null,
      reportedAt: string,
      occurredAt = reportedAt,
    ) =>
      insertIncident(t.db.kysely, {
        id: id(n),
        openingId: id(n + 1),
        kind: 'crowd',
        severity: 'medium',
        title,
        description: null,
        latitude: -18.3,
        longitude: -70.32,
        occurredAt,
        checkpointId,
        reportedBy: SUPERVISOR,
        reportedAt,
      });
    // Chile keeps summer time (UTC−3) in November; Peru is UTC−5 all year.
    await open(10, 'Chacalluta, 23:30 on the 26th', CHACALLUTA_ID, '2025-11-27T02:30:00Z');
    await open(12, 'Chacalluta, 01:45 on the 27th', CHACALLUTA_ID, '2025-11-27T04:45:00Z');
    await open(14, 'Santa Rosa, closed 23:00 on the 25th', SANTA_ROSA_ID, '2025-11-25T20:00:00Z');
    await t.db.kysely.transaction().execute(async (tx) => {
      const current = await findIncident(tx, id(14));
      if (!current) throw new Error('no incident');
      const change = planIncidentUpdate(current, { status: 'closed' });
      if (!change.ok) throw new Error(JSON.stringify(change.error));
      await appendIncidentUpdate(tx, id(14), change.value, {
        id: id(16),
        at: '2025-11-26T04:00:00Z',
        by: SUPERVISOR,
      });
    });
    await open(17, 'No checkpoint, 22:00 on the 26th in Lima', null, '2025-11-27T03:00:00Z');
    // Typed in the next morning: 08:06 on 6 December in Tacna (UTC−5), 09:00 in Arica (UTC−3).
    await open(
      20,
      'Santa Rosa, began 23:00 on 5 Dec',
      SANTA_ROSA_ID,
      '2025-12-06T13:06:00Z',
      '2025-12-06T04:00:00Z',
    );
    await open(
      22,
      'Chacalluta, began 23:30 on 5 Dec',
      CHACALLUTA_ID,
      '2025-12-06T12:00:00Z',
      '2025-12-06T02:30:00Z',
    );
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const incidentsOf = async (date: string, checkpoint: string | null) =>
    ((await sitrepProviders(t.db.kysely).openIncidents?.({ date, checkpoint })) ?? []).map((i) => i.summary);

  it("lists an incident on the checkpoint's local date it was open, not on the UTC one", async () => {
    expect(await incidentsOf('2025-11-26', null)).toEqual(
      expect.arrayContaining(['Chacalluta, 23:30 on the 26th', 'No checkpoint, 22:00 on the 26th in Lima']),
    );
    expect(await incidentsOf('2025-11-26', null)).not.toContain('Chacalluta, 01:45 on the 27th');
    expect(await incidentsOf('2025-11-27', 'CL-CHACALLUTA')).toContain('Chacalluta, 01:45 on the 27th');
  });

  it('places an incident typed in the next morning on the local date it began, and gives that time', async () => {
    const lines =
      (await sitrepProviders(t.db.kysely).openIncidents?.({ date: '2025-12-05', checkpoint: null })) ?? [];
    expect(lines.map((i) => [i.summary, i.occurredAt])).toEqual(
      expect.arrayContaining([
        ['Santa Rosa, began 23:00 on 5 Dec', '2025-12-06T04:00:00Z'],
        ['Chacalluta, began 23:30 on 5 Dec', '2025-12-06T02:30:00Z'],
      ]),
    );
    expect(await incidentsOf('2025-12-05', 'PE-SANTA-ROSA')).toContain('Santa Rosa, began 23:00 on 5 Dec');
    expect(await incidentsOf('2025-12-05', 'CL-CHACALLUTA')).toContain('Chacalluta, began 23:30 on 5 Dec');
    const dayBefore = await incidentsOf('2025-12-04', null);
    expect(dayBefore).not.toContain('Santa Rosa, began 23:00 on 5 Dec');
    expect(dayBefore).not.toContain('Chacalluta, began 23:30 on 5 Dec');
  });

  it('leaves out an incident closed before the local date began', async () => {
    expect(await incidentsOf('2025-11-26', 'PE-SANTA-ROSA')).not.toContain(
      'Santa Rosa, closed 23:00 on the 25th',
    );
    expect(await incidentsOf('2025-11-25', 'PE-SANTA-ROSA')).toContain(
      'Santa Rosa, closed 23:00 on the 25th',
    );
  });

  it("reads an incident at no checkpoint by the report's checkpoints' day", async () => {
    // 03:00 UTC on the 27th is 22:00 on the 26th in Lima but already 00:00 on the 27th in Arica.
    expect(await incidentsOf('2025-11-26', 'PE-SANTA-ROSA')).toContain(
      'No checkpoint, 22:00 on the 26th in Lima',
    );
    expect(await incidentsOf('2025-11-26', 'CL-CHACALLUTA')).not.toContain(
      'No checkpoint, 22:00 on the 26th in Lima',
    );
  });
});
