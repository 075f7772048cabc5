// A child's age for the rule that no child is left on board without an adult of their family is taken
// on the step's local date where they were admitted (Santa Rosa: Lima), not on its UTC date: at 23:30
// in Lima the UTC date is already tomorrow, and a son turning 18 tomorrow was taken for an adult.
import { beforeAll, describe, expect, it } from 'vitest';
import { convoyLogSuite, recordCrossings, seatEveryone } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { travellingChild, venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';

describe.each(DIALECTS)('a son turning 18 at midnight in Lima, on %s', (dialect) => {
  const { uuid, convoy: CONVOY, ctx, send, people, who, log } = convoyLogSuite(dialect, '0d1b0000');
  const GROUP = uuid(800);
  const motherLeaves = {
    kind: 'left',
    personId: uuid(0),
    stop: 'NAZCA',
    reason: 'Atención médica',
  };

  beforeAll(async () => {
    await recordCrossings(send, ctx.supervisor, [
      venezuelanInTransit(uuid(1), 'Lucía', { surname1: 'Rojas', birthDate: '1985-02-03' }, 'V1521', {
        group: GROUP,
        relationship: 'reference',
      }),
      venezuelanInTransit(
        uuid(2),
        'Mateo',
        { surname1: 'Rojas', birthDate: '2007-11-29' },
        'V2521',
        travellingChild(GROUP, uuid(1)),
      ),
    ]);
    for (const [name, id] of await seatEveryone(send, ctx.humanitarian, convoyBody(CONVOY, 'CONVOY-M1'))) {
      people.set(name, id);
    }
    motherLeaves.personId = who('Lucía');
    const steps: [object, string][] = [
      [{ kind: 'boarding', personId: who('Lucía'), boarded: true }, '2025-11-28T10:40:00Z'],
      [{ kind: 'boarding', personId: who('Mateo'), boarded: true }, '2025-11-28T10:41:00Z'],
      [{ kind: 'departed' }, '2025-11-28T11:05:00Z'],
      [{ kind: 'stop-arrived', stop: 'NAZCA', headCount: 2 }, '2025-11-29T04:00:00Z'],
    ];
    for (const [event, at] of steps) {
      const answer = await log(event, at);
      expect(answer.statusCode, answer.body).toBe(201);
    }
  });

  it('refuses his mother leaving at 23:30 in Lima (04:30 UTC on his birthday) without what was arranged', async () => {
    const refused = await log(motherLeaves, '2025-11-29T04:30:00Z');
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'transit.sequence', reason: 'sequence.child-alone' });
    expect(refused.json<{ detail: string }>().detail).toContain(who('Mateo'));
  });

  it('records her leaving at midnight in Lima, his 18th birthday there, without asking', async () => {
    const recorded = await log(motherLeaves, '2025-11-29T05:00:00Z');
    expect(recorded.statusCode, recorded.body).toBe(201);
  });
});
