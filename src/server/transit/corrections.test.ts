// A step of the convoy's log recorded by mistake (the arrival at the exit pressed too early) is annulled
// by a correction naming it: the log keeps both, the convoy's picture goes back to before the step, and
// the step can be recorded again when it truly happens. Only the last step standing is corrected.
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSIONS_FOR_A_WEEK, sendAs, steppingClock, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { maintainedPicture, recountPicture } from '../../store/transit';

const uuid = (n: number) => `0d0c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CONVOY = uuid(900);

describe.each(DIALECTS)('correcting a convoy step on %s', (dialect) => {
  // Each step is logged at its time; everything else happens at the test's hour.
  const clock = steppingClock();
  const ctx = suiteTestApp(dialect, ['humanitarian', 'supervisor'], clock.clock, SESSIONS_FOR_A_WEEK);
  const send = sendAs(ctx);
  const log = (id: number, event: object, at: string) =>
    clock.at(at, () =>
      send(ctx.humanitarian, 'POST', `/api/convoys/${CONVOY}/events`, { id: uuid(id), at, event }),
    );
  const detail = async () => (await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}`)).json();
  const people: string[] = [];

  beforeAll(async () => {
    const vargas = { surname1: 'Vargas', birthDate: '1990-01-02' };
    await recordCrossings(
      send,
      ctx.supervisor,
      ['Luz', 'Omar'].map((given, i) => venezuelanInTransit(uuid(i + 1), given, vargas, `V${i}555`)),
    );
    const candidates = await planConvoy(send, ctx.humanitarian, convoyBody(CONVOY, 'CONVOY-C1'));
    for (const c of candidates) people.push(c.personId);
    const seats = people.map((personId) => ({ personId, plate: 'BUS-1' }));
    expect(
      (await send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, { seats })).statusCode,
    ).toBe(200);
    const steps: [object, string][] = [
      ...people.map((personId, i): [object, string] => [
        { kind: 'boarding', personId, boarded: true },
        `2025-11-28T10:4${i}:00Z`,
      ]),
      [{ kind: 'departed' }, '2025-11-28T11:05:00Z'],
      [{ kind: 'stop-arrived', stop: 'NAZCA', headCount: 2 }, '2025-11-28T23:00:00Z'],
    ];
    let n = 100;
    for (const [event, at] of steps) expect((await log(++n, event, at)).statusCode).toBe(201);
  });

  it('annuls an arrival at the exit recorded by mistake, and the arrival is recorded again later', async () => {
    const arrived = await log(200, { kind: 'arrived', personIds: people }, '2025-11-29T01:00:00Z');
    expect(arrived.statusCode, arrived.body).toBe(201);
    const mistaken = await detail();
    expect(mistaken.convoy.status).toBe('arrived');
    expect(mistaken.correctable).toMatchObject({ id: uuid(200), event: { kind: 'arrived' } });

    const corrected = await log(
      201,
      { kind: 'correction', corrects: uuid(200), reason: 'Pulsado por error en Nazca' },
      '2025-11-29T01:02:00Z',
    );
    expect(corrected.statusCode, corrected.body).toBe(201);
    const back = await detail();
    expect(back.convoy.status).toBe('departed');
    expect(back.convoy.currentStop).toBe('NAZCA');
    expect(back.counts).toMatchObject({ onBoard: 2, arrived: 0 });
    expect(back.manifest.map((p: { state: string }) => p.state)).toEqual(['boarded', 'boarded']);
    expect(back.visits.map((v: { stop: string }) => v.stop)).toEqual(['TACNA', 'NAZCA']);
    // The step before is offered next; the annulled one cannot be annulled twice.
    expect(back.correctable).toMatchObject({ event: { kind: 'stop-arrived', stop: 'NAZCA' } });
    const twice = await log(
      202,
      { kind: 'correction', corrects: uuid(200), reason: 'otra vez' },
      '2025-11-29T01:03:00Z',
    );
    expect(twice.json()).toMatchObject({ code: 'transit.sequence', reason: 'sequence.correction-not-last' });

    for (const [id, event, at] of [
      [203, { kind: 'stop-departed', stop: 'NAZCA', headCount: 2 }, '2025-11-29T01:30:00Z'],
      [204, { kind: 'arrived', personIds: people }, '2025-11-30T02:00:00Z'],
    ] as const) {
      const answer = await log(id, event, at);
      expect(answer.statusCode, answer.body).toBe(201);
    }
    const done = await detail();
    expect(done.convoy.status).toBe('arrived');
    expect(done.arrivedAt).toBe('2025-11-30T02:00:00.000Z');
    expect(done.visits.map((v: { stop: string }) => v.stop)).toEqual(['TACNA', 'NAZCA', 'TUMBES']);

    // Nothing was deleted: the mistaken arrival and its correction are in the log, and audited.
    const db = ctx.t.db.kysely;
    const kinds = await db
      .selectFrom('convoy_event')
      .select('kind')
      .where('convoy_id', '=', CONVOY)
      .orderBy('seq')
      .execute();
    expect(kinds.map((k) => k.kind).slice(-4)).toEqual(['arrived', 'correction', 'stop-departed', 'arrived']);
    expect(await maintainedPicture(db, CONVOY)).toEqual((await recountPicture(db, CONVOY))?.summary);
    const audited = await db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', CONVOY)
      .where('action', '=', 'convoy.correction')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('refuses to annul a step that is not the last, a step it does not know, or without a reason', async () => {
    const early = await log(
      300,
      { kind: 'correction', corrects: uuid(103), reason: 'x' },
      '2025-11-30T03:00:00Z',
    );
    expect(early.json()).toMatchObject({ code: 'transit.sequence', reason: 'sequence.correction-not-last' });
    const unknown = await log(
      301,
      { kind: 'correction', corrects: uuid(999), reason: 'x' },
      '2025-11-30T03:00:00Z',
    );
    expect(unknown.json()).toMatchObject({
      code: 'transit.sequence',
      reason: 'sequence.correction-not-last',
    });
    const blank = await log(
      302,
      { kind: 'correction', corrects: uuid(204), reason: ' ' },
      '2025-11-30T03:00:00Z',
    );
    expect(blank.statusCode).toBe(400);
  });
});
