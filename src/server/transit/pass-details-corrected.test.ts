// A correction of who a passenger is (name, birth date, document) after their pass was issued revokes
// the pass, which names someone they are not (cause details-corrected), and a new pass carries the
// corrected identity; a correction of what the pass does not say (nationality) leaves it valid.
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSIONS_FOR_A_WEEK, sendAs, steppingClock, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { keyRingOf, PassKeyset, revokedOf, verifyPass } from '../../domain/passes';

const uuid = (n: number) => `0d0c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// On the road: after the planned departure, before the passes expire.
const ON_THE_ROAD = '2025-11-28T12:00:00.000Z';
const PEREZ = { surname1: 'Pérez', birthDate: '1990-06-01' };

interface Pass {
  readonly id: string;
  readonly text: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly document: { kind: string; number: string } | null;
  readonly revoked: { reason: string; at: string; cause: string } | null;
}

describe.each(DIALECTS)('the pass of a passenger whose details are corrected, on %s', (dialect) => {
  const ctx = suiteTestApp(
    dialect,
    ['supervisor', 'humanitarian'],
    steppingClock().clock,
    SESSIONS_FOR_A_WEEK,
  );
  const send = sendAs(ctx);
  const people = new Map<string, string>();

  beforeAll(async () => {
    await recordCrossings(
      send,
      ctx.supervisor,
      ['Rosa', 'Tomás', 'Inés'].map((given, i) => venezuelanInTransit(uuid(i + 1), given, PEREZ, `V${i}888`)),
    );
  });

  const issuedTo = async (convoy: string, code: string, given: string) => {
    for (const c of await planConvoy(send, ctx.humanitarian, convoyBody(convoy, code))) {
      people.set(c.givenNames, c.personId);
    }
    const seats = [{ personId: people.get(given) ?? '', plate: 'BUS-1' }];
    const set = await send(ctx.humanitarian, 'PUT', `/api/convoys/${convoy}/manifest`, { seats });
    expect(set.statusCode, set.body).toBe(200);
    return issuePass(convoy);
  };
  const issuePass = async (convoy: string) => {
    const issued = await send(ctx.supervisor, 'POST', `/api/convoys/${convoy}/passes`);
    expect(issued.statusCode, issued.body).toBeLessThan(300);
    const [pass, ...others] = issued.json<{ passes: Pass[] }>().passes;
    expect(others).toEqual([]);
    if (!pass) throw new Error('no pass issued');
    return pass;
  };
  const correct = async (id: string, crossing: string, set: object) => {
    const corrected = await send(ctx.supervisor, 'POST', '/api/events', {
      events: [
        {
          kind: 'correction',
          id,
          at: '2025-11-27T15:00:00Z',
          checkpoint: 'PE-SANTA-ROSA',
          corrects: crossing,
          set,
        },
      ],
    });
    expect(corrected.json().outcomes[0], corrected.body).toMatchObject({ status: 'applied' });
  };
  const checkpointVerifies = async (text: string) => {
    const answer = await send(ctx.humanitarian, 'GET', '/api/passes/keyset');
    expect(answer.statusCode, answer.body).toBe(200);
    const keyset = PassKeyset.parse(answer.json());
    return verifyPass(text, keyRingOf(keyset), revokedOf(keyset), ON_THE_ROAD);
  };
  const revocationsAudited = async (passId: string) =>
    ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('detail')
      .where('entity_id', '=', passId)
      .where('action', '=', 'pass.revoke')
      .execute();

  it('revokes the pass of someone whose surname is corrected, and a new pass names them as corrected', async () => {
    const convoy = uuid(901);
    const first = await issuedTo(convoy, 'CONVOY-D1', 'Rosa');
    expect(first.name).toBe('Rosa Pérez');
    expect((await checkpointVerifies(first.text)).valid).toBe(true);

    await correct(uuid(911), uuid(1), {
      person: { givenNames: 'Rosa', surname1: 'Peraza', birthDate: PEREZ.birthDate, nationality: 'VEN' },
    });

    expect(await checkpointVerifies(first.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'details-corrected' },
    });
    const audited = await revocationsAudited(first.id);
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]?.detail ?? '{}')).toMatchObject({ cause: 'details-corrected', convoy });
    const listed = await send(ctx.supervisor, 'GET', `/api/convoys/${convoy}/passes`);
    expect(listed.json<{ passes: Pass[] }>().passes).toEqual([]);

    const second = await issuePass(convoy);
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ name: 'Rosa Peraza', revoked: null });
    expect((await checkpointVerifies(second.text)).valid).toBe(true);
  });

  it('revokes the pass of someone whose document number is corrected', async () => {
    const convoy = uuid(902);
    const first = await issuedTo(convoy, 'CONVOY-D2', 'Tomás');
    expect(first.document).toEqual({ kind: 'ID', number: 'V1888' });

    await correct(uuid(912), uuid(2), { document: { type: 'ID', number: 'V1889', issuingState: 'VEN' } });

    expect(await checkpointVerifies(first.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'details-corrected' },
    });
    const second = await issuePass(convoy);
    expect(second.id).not.toBe(first.id);
    expect(second.document).toEqual({ kind: 'ID', number: 'V1889' });
  });

  it('leaves the pass valid when only the nationality, which it does not carry, is corrected', async () => {
    const convoy = uuid(903);
    const first = await issuedTo(convoy, 'CONVOY-D3', 'Inés');

    await correct(uuid(913), uuid(3), {
      person: { givenNames: 'Inés', ...PEREZ, nationality: 'COL' },
    });

    expect((await checkpointVerifies(first.text)).valid).toBe(true);
    expect(await revocationsAudited(first.id)).toEqual([]);
    expect((await issuePass(convoy)).id).toBe(first.id);
  });
});
