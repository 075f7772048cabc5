// Annulling a step can leave a child on board without an adult of their family as a step can: the
// girl's leaving annulled after her mother left on the way, the arrival annulled after it. Such a
// correction is held to the same rule (sequence.child-alone) and recorded only with what was arranged
// for the child (childAloneReason); one that leaves nobody alone needs none.
import { beforeAll, describe, expect, it } from 'vitest';
import { convoyLogSuite, recordCrossings, seatEveryone } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { motherDaughterAndMan } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { maintainedPicture, recountPicture } from '../../store/transit';

const ARRANGED = 'Sigue con su tía hasta Tumbes; protección avisada.';

describe.each(DIALECTS)('annulling a step that leaves a child without an adult, on %s', (dialect) => {
  const {
    uuid,
    convoy: CONVOY,
    ctx,
    send,
    people,
    who,
    log,
    refusal,
    leavesAtNazca: left,
  } = convoyLogSuite(dialect, '0d1a0000');
  const GROUP = uuid(800);
  const annul = (id: number, corrects: number, at: string, extra: object = {}) =>
    log({ kind: 'correction', corrects: uuid(corrects), reason: 'Registrado por error', ...extra }, at, id);
  const stateOf = async (name: string) =>
    (await send(ctx.supervisor, 'GET', `/api/convoys/${CONVOY}`))
      .json<{ manifest: { personId: string; state: string }[] }>()
      .manifest.find((p) => p.personId === who(name))?.state;

  beforeAll(async () => {
    await recordCrossings(send, ctx.supervisor, motherDaughterAndMan(uuid, GROUP, '421'));
    for (const [name, id] of await seatEveryone(send, ctx.humanitarian, convoyBody(CONVOY, 'CONVOY-K1'))) {
      people.set(name, id);
    }
    const steps: [number, object, string][] = [
      [101, { kind: 'boarding', personId: who('Lucía'), boarded: true }, '2025-11-28T10:40:00Z'],
      [102, { kind: 'boarding', personId: who('Ana'), boarded: true }, '2025-11-28T10:41:00Z'],
      [103, { kind: 'boarding', personId: who('Omar'), boarded: true }, '2025-11-28T10:42:00Z'],
      [104, { kind: 'departed' }, '2025-11-28T11:05:00Z'],
      [105, { kind: 'stop-arrived', stop: 'NAZCA', headCount: 3 }, '2025-11-28T18:00:00Z'],
      // The mother is taken to hospital; her daughter goes on with what was arranged, then leaves too.
      [106, left('Lucía', { childAloneReason: ARRANGED }), '2025-11-28T18:10:00Z'],
      [107, left('Ana'), '2025-11-28T18:20:00Z'],
    ];
    for (const [id, event, at] of steps) {
      const answer = await log(event, at, id);
      expect(answer.statusCode, answer.body).toBe(201);
    }
  });

  it("refuses to annul the girl's leaving without what was arranged, her mother gone, naming her", async () => {
    const refused = refusal(await annul(200, 107, '2025-11-28T18:30:00Z'));
    expect(refused).toMatchObject({ status: 409, code: 'transit.sequence', reason: 'sequence.child-alone' });
    expect(refused.detail).toContain(who('Ana'));
    expect(refused.detail).not.toContain(who('Omar'));
    expect(await stateOf('Ana')).toBe('left');
    const blank = await annul(201, 107, '2025-11-28T18:30:00Z', { childAloneReason: ' ' });
    expect(blank.statusCode, blank.body).toBe(400);
  });

  it("annuls the girl's leaving with what was arranged, and the picture puts her back on board", async () => {
    const annulled = await annul(202, 107, '2025-11-28T18:31:00Z', { childAloneReason: ARRANGED });
    expect(annulled.statusCode, annulled.body).toBe(201);
    expect(await stateOf('Ana')).toBe('boarded');
    const db = ctx.t.db.kysely;
    expect(await maintainedPicture(db, CONVOY)).toEqual((await recountPicture(db, CONVOY))?.summary);
    const audited = await db
      .selectFrom('audit_entry')
      .select('detail')
      .where('entity_id', '=', CONVOY)
      .where('action', '=', 'convoy.correction')
      .execute();
    expect(audited.map((a) => JSON.parse(a.detail))).toEqual([
      expect.objectContaining({ corrects: uuid(107), childAloneReason: ARRANGED }),
    ]);
  });

  it('holds the annulment of the arrival to the rule, the mother having left on the way', async () => {
    const arrived = { kind: 'arrived', personIds: [who('Ana'), who('Omar')] };
    expect((await log(arrived, '2025-11-29T20:00:00Z', 203)).statusCode).toBe(201);
    const refused = refusal(await annul(204, 203, '2025-11-29T20:05:00Z'));
    expect(refused).toMatchObject({ status: 409, reason: 'sequence.child-alone' });
    expect(refused.detail).toContain(who('Ana'));
    const annulled = await annul(205, 203, '2025-11-29T20:06:00Z', { childAloneReason: ARRANGED });
    expect(annulled.statusCode, annulled.body).toBe(201);
    expect(await stateOf('Ana')).toBe('boarded');
  });

  it('asks nothing of an annulment that leaves no child alone', async () => {
    expect((await log(left('Omar'), '2025-11-29T20:10:00Z', 206)).statusCode).toBe(201);
    const annulled = await annul(207, 206, '2025-11-29T20:11:00Z');
    expect(annulled.statusCode, annulled.body).toBe(201);
    expect(await stateOf('Omar')).toBe('boarded');
  });
});
