// Observations and incidents on both databases: history is kept, the picture shows the latest value
// of each kind, and an incident's log records every change.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { planIncidentUpdate } from '../../domain/situation';
import { CHACALLUTA_ID, DEMO_USERS, SANTA_ROSA_ID, seedDemo } from '../demo';
import {
  appendIncidentUpdate,
  findIncident,
  insertIncident,
  insertObservation,
  latestObservations,
  listIncidents,
  listIncidentsDuring,
  listObservations,
  listOpenIncidents,
  lockIncident,
} from './index';

const OFFICER = DEMO_USERS[0]?.id ?? '';
const SUPERVISOR = DEMO_USERS[1]?.id ?? '';
const id = (n: number) => `0b5e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (hhmm: string) => `2025-11-27T${hhmm}:00.000Z`;

const observation = (
  n: number,
  observedAt: string,
  values: Record<string, number>,
  side: 'entry' | 'exit' = 'entry',
) => ({
  id: id(n),
  checkpointId: SANTA_ROSA_ID,
  side,
  observedAt,
  recordedAt: observedAt,
  observerId: OFFICER,
  values,
  note: null,
});

describe.each(DIALECTS)('the situation store on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, new Date('2025-11-27T08:00:00Z')));

  it('keeps every observation and shows the latest value of each kind per checkpoint and side', async () => {
    const db = t.db.kysely;
    await insertObservation(
      db,
      observation(1, at('10:00'), { peopleWaiting: 40, trucksQueued: 120, queueKm: 2.5 }),
    );
    await insertObservation(db, observation(2, at('11:00'), { peopleWaiting: 75 }));
    await insertObservation(db, observation(3, at('09:00'), { trucksQueued: 90 })); // entered late, older
    await insertObservation(db, observation(4, at('11:30'), { peopleWaiting: 12 }, 'exit'));
    await insertObservation(db, {
      ...observation(5, at('10:30'), { peopleWaiting: 30 }),
      checkpointId: CHACALLUTA_ID,
    });

    const history = await listObservations(db, { checkpointId: SANTA_ROSA_ID, limit: 10 });
    expect(history.map((o) => o.id)).toEqual([id(4), id(2), id(1), id(3)]);
    expect(history[0]?.observer?.displayName).toBe('Oficial de caseta, Santa Rosa');

    const latest = await latestObservations(db);
    const seen = latest.map(
      (l) => `${l.checkpoint.code} ${l.side} ${l.kind}=${l.value} @${l.observedAt.slice(11, 16)}`,
    );
    expect(seen).toEqual([
      'CL-CHACALLUTA entry peopleWaiting=30 @10:30',
      'PE-SANTA-ROSA entry peopleWaiting=75 @11:00',
      'PE-SANTA-ROSA entry trucksQueued=120 @10:00',
      'PE-SANTA-ROSA entry queueKm=2.5 @10:00',
      'PE-SANTA-ROSA exit peopleWaiting=12 @11:30',
    ]);
  });

  it('takes, of two observations of one minute, the one recorded later as the latest, whatever its id', async () => {
    const db = t.db.kysely;
    // The later one has the smaller id, as an id made from a hash may well have.
    await insertObservation(db, observation(9, at('10:00'), { peopleWaiting: 96 }));
    await insertObservation(db, {
      ...observation(8, at('10:00'), { peopleWaiting: 131 }),
      recordedAt: '2025-11-27T10:00:40.000Z',
    });
    const latest = await latestObservations(db);
    expect(latest.map((l) => `${l.kind}=${l.value}`)).toEqual(['peopleWaiting=131']);
    const history = await listObservations(db, { checkpointId: SANTA_ROSA_ID, limit: 10 });
    expect(history.map((o) => o.values.peopleWaiting)).toEqual([131, 96]);
  });

  it('applies a resent observation once and refuses another under the same id', async () => {
    const db = t.db.kysely;
    const first = observation(1, at('10:00'), { peopleWaiting: 40 });
    expect((await insertObservation(db, first)).outcome).toBe('created');
    expect((await insertObservation(db, first)).outcome).toBe('exists');
    const other = await insertObservation(db, { ...first, values: { peopleWaiting: 41 } });
    expect(other.outcome).toBe('conflict');
    expect(other.observation.values).toEqual({ peopleWaiting: 40 });
    expect(await listObservations(db, { limit: 10 })).toHaveLength(1);
  });

  it('refuses to change or remove a stored observation', async () => {
    const db = t.db.kysely;
    await insertObservation(db, observation(1, at('10:00'), { peopleWaiting: 40 }));
    await expect(sql`UPDATE situation_observation SET people_waiting = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM situation_observation`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('opens an incident, logs each update and closes it, keeping the whole log', async () => {
    const db = t.db.kysely;
    const opened = await insertIncident(db, {
      id: id(10),
      openingId: id(11),
      kind: 'road-blockade',
      severity: 'high',
      title: 'Bloqueo de la vía en Chacalluta',
      description: 'Unas 70 personas bloquean la carretera',
      latitude: -18.3,
      longitude: -70.32,
      occurredAt: at('09:00'),
      checkpointId: CHACALLUTA_ID,
      reportedBy: SUPERVISOR,
      reportedAt: at('09:10'),
    });
    expect(opened).toBe(true);
    const update = async (n: number, when: string, input: Parameters<typeof planIncidentUpdate>[1]) => {
      await db.transaction().execute(async (tx) => {
        expect(await lockIncident(tx, id(10))).toBe(true);
        const current = await findIncident(tx, id(10));
        if (!current) throw new Error('no incident');
        const change = planIncidentUpdate(current, input);
        if (!change.ok) throw new Error(JSON.stringify(change.error));
        await appendIncidentUpdate(tx, id(10), change.value, { id: id(n), at: at(when), by: SUPERVISOR });
      });
    };
    await update(12, '10:00', { status: 'monitoring', severity: 'medium', note: 'Paso parcial' });
    expect((await listOpenIncidents(db)).map((i) => [i.id, i.status, i.severity])).toEqual([
      [id(10), 'monitoring', 'medium'],
    ]);
    await update(13, '11:00', { status: 'closed', note: 'Vía despejada' });

    const closed = await findIncident(db, id(10));
    expect(closed).toMatchObject({
      status: 'closed',
      severity: 'medium',
      closedAt: at('11:00'),
      updatedAt: at('11:00'),
    });
    expect(closed?.checkpoint?.code).toBe('CL-CHACALLUTA');
    expect(closed?.updates.map((u) => [u.note, u.status, u.severity])).toEqual([
      ['Unas 70 personas bloquean la carretera', { from: null, to: 'open' }, { from: null, to: 'high' }],
      ['Paso parcial', { from: 'open', to: 'monitoring' }, { from: 'high', to: 'medium' }],
      ['Vía despejada', { from: 'monitoring', to: 'closed' }, null],
    ]);
    expect(await listOpenIncidents(db)).toEqual([]);
    expect((await listIncidents(db, { filter: 'closed', limit: 10 })).map((i) => i.id)).toEqual([id(10)]);
    // A report for a period lists it while it was under way: from when it began (09:00), though it
    // was typed in at 09:10, until it closed; not before it began nor after it closed.
    const during = async (from: string, to: string) =>
      (await listIncidentsDuring(db, { from: at(from), to: at(to), limit: 10 })).map((i) => i.id);
    expect(await during('10:30', '10:45')).toEqual([id(10)]);
    expect(await during('08:00', '09:05')).toEqual([id(10)]);
    expect(await during('08:00', '09:00')).toEqual([]);
    expect(await during('11:30', '12:00')).toEqual([]);
    await expect(sql`DELETE FROM incident_update`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('lists the open incidents most severe first, and answers a resent opening once', async () => {
    const db = t.db.kysely;
    const base = {
      kind: 'crowd' as const,
      title: 'Aglomeración',
      description: null,
      latitude: -18.26,
      longitude: -70.33,
      occurredAt: at('09:00'),
      checkpointId: null,
      reportedBy: SUPERVISOR,
      reportedAt: at('09:00'),
    };
    await insertIncident(db, { ...base, id: id(20), openingId: id(21), severity: 'low' });
    await insertIncident(db, { ...base, id: id(22), openingId: id(23), severity: 'critical' });
    expect(await insertIncident(db, { ...base, id: id(22), openingId: id(24), severity: 'critical' })).toBe(
      false,
    );
    expect((await listIncidents(db, { filter: 'open', limit: 10 })).map((i) => i.severity)).toEqual([
      'critical',
      'low',
    ]);
    expect((await findIncident(db, id(22)))?.updates).toHaveLength(1);
  });
});
