// A child left on board without an adult of their family (the convoy departs without the mother who
// did not board, or she leaves it on the road while her daughter stays) is recorded only with what was
// arranged for the child (childAloneReason): without it the step is refused (sequence.child-alone).
// What was arranged is a reason of the log: supervisors read it, humanitarian partners do not.
import { beforeAll, describe, expect, it } from 'vitest';
import { convoyLogSuite, recordCrossings, seatEveryone } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { motherDaughterAndMan } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';

const ARRANGED = 'Viaja con su tía hasta Tumbes; protección avisada.';

describe.each(DIALECTS)('a child left on board without an adult of their family, on %s', (dialect) => {
  const {
    uuid,
    convoy: CONVOY,
    ctx,
    send,
    people,
    who,
    log,
    lastId,
    refusal,
    leavesAtNazca: left,
  } = convoyLogSuite(dialect, '0d0f0000');
  const GROUP = uuid(800);
  const correctableAs = async (login: typeof ctx.humanitarian) =>
    (await send(login, 'GET', `/api/convoys/${CONVOY}`)).json<{ correctable: { event: object } }>()
      .correctable.event;

  beforeAll(async () => {
    await recordCrossings(send, ctx.supervisor, motherDaughterAndMan(uuid, GROUP, '321'));
    for (const [name, id] of await seatEveryone(send, ctx.humanitarian, convoyBody(CONVOY, 'CONVOY-A1'))) {
      people.set(name, id);
    }
    const checks: [string, boolean][] = [
      ['Lucía', false],
      ['Ana', true],
      ['Omar', true],
    ];
    for (const [i, [name, boarded]] of checks.entries()) {
      const checked = await log(
        { kind: 'boarding', personId: who(name), boarded },
        `2025-11-28T10:4${i}:00Z`,
      );
      expect(checked.statusCode, checked.body).toBe(201);
    }
  });

  it('refuses a departure that takes a child without the mother who did not board, naming the child', async () => {
    const refused = refusal(await log({ kind: 'departed' }, '2025-11-28T11:00:00Z'));
    expect(refused).toMatchObject({ status: 409, code: 'transit.sequence', reason: 'sequence.child-alone' });
    expect(refused.detail).toContain(who('Ana'));
    expect(refused.detail).not.toContain(who('Omar'));
  });

  it('records the departure with what was arranged, not blank, read back by supervisors only', async () => {
    const blank = await log({ kind: 'departed', childAloneReason: '  ' }, '2025-11-28T11:00:00Z');
    expect(blank.statusCode, blank.body).toBe(400);
    const departed = await log({ kind: 'departed', childAloneReason: ARRANGED }, '2025-11-28T11:01:00Z');
    expect(departed.statusCode, departed.body).toBe(201);
    expect(await correctableAs(ctx.supervisor)).toEqual({ kind: 'departed', childAloneReason: ARRANGED });
    expect(await correctableAs(ctx.humanitarian)).toEqual({ kind: 'departed' });
    // The departure was a mistake: the mother is on the bus after all.
    const annulled = { kind: 'correction', corrects: lastId(), reason: 'Ella sí subió' };
    expect((await log(annulled, '2025-11-28T11:02:00Z')).statusCode).toBe(201);
    const boarded = await log(
      { kind: 'boarding', personId: who('Lucía'), boarded: true },
      '2025-11-28T11:03:00Z',
    );
    expect(boarded.statusCode, boarded.body).toBe(201);
    expect((await log({ kind: 'departed' }, '2025-11-28T11:05:00Z')).statusCode).toBe(201);
  });

  it('refuses the mother leaving on the road while her daughter stays, and not a stranger leaving', async () => {
    const reached = await log({ kind: 'stop-arrived', stop: 'NAZCA', headCount: 3 }, '2025-11-28T23:00:00Z');
    expect(reached.statusCode, reached.body).toBe(201);
    const refused = refusal(await log(left('Lucía'), '2025-11-28T23:10:00Z'));
    expect(refused).toMatchObject({ status: 409, reason: 'sequence.child-alone' });
    expect(refused.detail).toContain(who('Ana'));
    expect((await log(left('Omar'), '2025-11-28T23:11:00Z')).statusCode).toBe(201);
    const recorded = await log(left('Lucía', { childAloneReason: ARRANGED }), '2025-11-28T23:12:00Z');
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(await correctableAs(ctx.humanitarian)).toEqual({
      kind: 'left',
      personId: who('Lucía'),
      stop: 'NAZCA',
      reason: null,
    });
  });
});
