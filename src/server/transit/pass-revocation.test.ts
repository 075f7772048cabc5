// A pass must not outlive its seat: taking someone off a convoy's manifest, cancelling the convoy, a
// passenger absent when it departs or leaving it on the road revokes their passes (audited), the
// keyset checkpoints and partners download says so with the cause (never the reason as written), and
// a checkpoint verifying against it is told the pass is revoked and why. So does a correction of a
// passenger's crossing that no longer admits them in transit.
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSIONS_FOR_A_WEEK, sendAs, steppingClock, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { keyRingOf, PassKeyset, revokedOf, verifyPass } from '../../domain/passes';

const uuid = (n: number) => `0d0b0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// On the road: after the planned departure, before the passes expire.
const ON_THE_ROAD = '2025-11-28T12:00:00.000Z';

interface Pass {
  readonly id: string;
  readonly text: string;
  readonly name: string;
  readonly revoked: { reason: string; at: string; cause: string } | null;
}

describe.each(DIALECTS)('the passes of a convoy on %s', (dialect) => {
  // Each step is logged at its time; everything else happens at the test's hour.
  const clock = steppingClock();
  const ctx = suiteTestApp(dialect, ['supervisor', 'humanitarian'], clock.clock, SESSIONS_FOR_A_WEEK);
  const people = new Map<string, string>();
  const send = sendAs(ctx);
  const who = (name: string) => people.get(name) ?? uuid(0);

  beforeAll(async () => {
    const quispe = { surname1: 'Quispe', birthDate: '1985-03-04' };
    await recordCrossings(
      send,
      ctx.supervisor,
      ['Rosa', 'Tomás', 'Inés', 'Julio', 'Marta', 'Ciro', 'Nora', 'Iván', 'Lía', 'Abel'].map((given, i) =>
        venezuelanInTransit(uuid(i + 1), given, quispe, `V${i}777`),
      ),
    );
  });

  const planConvoyWith = async (id: string, code: string, names: readonly string[]) => {
    for (const c of await planConvoy(send, ctx.humanitarian, convoyBody(id, code))) {
      people.set(c.givenNames, c.personId);
    }
    await setManifest(id, names);
  };
  const setManifest = async (id: string, names: readonly string[]) => {
    const seats = names.map((name) => ({ personId: who(name), plate: 'BUS-1' }));
    const set = await send(ctx.humanitarian, 'PUT', `/api/convoys/${id}/manifest`, { seats });
    expect(set.statusCode, set.body).toBe(200);
  };
  const issuePasses = async (id: string) => {
    const issued = await send(ctx.supervisor, 'POST', `/api/convoys/${id}/passes`);
    expect(issued.statusCode, issued.body).toBeLessThan(300);
    return issued.json<{ passes: Pass[] }>().passes;
  };
  const passOf = (passes: readonly Pass[], name: string) => {
    const pass = passes.find((p) => p.name.startsWith(name));
    if (!pass) throw new Error(`no pass for ${name}`);
    return pass;
  };
  // The keyset as a humanitarian partner's device downloads and keeps it, word for word.
  const partnerKeyset = async () => {
    const answer = await send(ctx.humanitarian, 'GET', '/api/passes/keyset');
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.body;
  };
  // What a checkpoint (or a partner) does online: download the keyset, verify against it.
  const checkpointVerifies = async (text: string) => {
    const keyset = PassKeyset.parse(JSON.parse(await partnerKeyset()));
    return verifyPass(text, keyRingOf(keyset), revokedOf(keyset), ON_THE_ROAD);
  };
  // Logs the convoy's steps one after another, each applied (201), under ids from `first` on.
  const stepsOf = (convoy: string, first: number) => {
    let n = first;
    return async (at: string, event: object) => {
      n += 1;
      const id = uuid(n);
      const sent = await clock.at(at, () =>
        send(ctx.humanitarian, 'POST', `/api/convoys/${convoy}/events`, { id, at, event }),
      );
      expect(sent.statusCode, sent.body).toBe(201);
      return id;
    };
  };
  const revocationsAudited = async (passId: string) =>
    ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'detail'])
      .where('entity_id', '=', passId)
      .where('action', '=', 'pass.revoke')
      .execute();

  it('revokes the pass of someone taken off the manifest, and the checkpoint is told why', async () => {
    const convoy = uuid(901);
    await planConvoyWith(convoy, 'CONVOY-R1', ['Rosa', 'Tomás']);
    const passes = await issuePasses(convoy);
    const tomas = passOf(passes, 'Tomás');
    expect((await checkpointVerifies(tomas.text)).valid).toBe(true);

    await setManifest(convoy, ['Rosa']);

    expect(await checkpointVerifies(tomas.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'manifest-removed' },
    });
    expect((await checkpointVerifies(passOf(passes, 'Rosa').text)).valid).toBe(true);
    expect(await revocationsAudited(tomas.id)).toHaveLength(1);
    const found = await send(ctx.supervisor, 'GET', `/api/convoys/${convoy}/passes`);
    expect(found.json<{ passes: Pass[] }>().passes.map((p) => p.name)).toEqual([passOf(passes, 'Rosa').name]);
  });

  it('gives someone put back on the manifest a new pass, and the old one stays revoked', async () => {
    const convoy = uuid(902);
    await planConvoyWith(convoy, 'CONVOY-R2', ['Inés']);
    const first = passOf(await issuePasses(convoy), 'Inés');
    await setManifest(convoy, []);
    await setManifest(convoy, ['Inés']);
    const listed = await send(ctx.supervisor, 'GET', `/api/convoys/${convoy}/passes`);
    expect(listed.json<{ passes: Pass[] }>().passes).toEqual([]);

    const second = passOf(await issuePasses(convoy), 'Inés');
    expect(second.id).not.toBe(first.id);
    expect(second.revoked).toBeNull();
    expect((await checkpointVerifies(second.text)).valid).toBe(true);
    expect((await checkpointVerifies(first.text)).valid).toBe(false);
  });

  it('revokes every pass of a cancelled convoy; the reason it was cancelled stays with supervisors', async () => {
    const convoy = uuid(903);
    await planConvoyWith(convoy, 'CONVOY-R3', ['Julio']);
    const julio = passOf(await issuePasses(convoy), 'Julio');
    const cancelled = await send(ctx.humanitarian, 'POST', `/api/convoys/${convoy}/events`, {
      id: uuid(950),
      at: '2025-11-27T15:00:00Z',
      event: { kind: 'cancelled', reason: 'Carretera bloqueada en Camiara' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(201);

    expect(await checkpointVerifies(julio.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'convoy-cancelled' },
    });
    expect(await partnerKeyset()).not.toContain('Camiara');
    const audited = await revocationsAudited(julio.id);
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]?.detail ?? '{}')).toMatchObject({ cause: 'convoy-cancelled', convoy });
    // The revocation is read back with its cause wherever the pass is.
    const again = await send(ctx.supervisor, 'POST', `/api/passes/${julio.id}/revoke`, {
      reason: 'otra vez',
    });
    expect(again.json<Pass>().revoked).toMatchObject({
      reason: 'Carretera bloqueada en Camiara',
      cause: 'convoy-cancelled',
    });
  });

  it('revokes the pass of someone absent when the convoy departs, and of someone who leaves it on the road', async () => {
    const convoy = uuid(904);
    await planConvoyWith(convoy, 'CONVOY-R4', ['Marta', 'Ciro']);
    const passes = await issuePasses(convoy);
    const [marta, ciro] = [passOf(passes, 'Marta'), passOf(passes, 'Ciro')];
    const step = stepsOf(convoy, 960);
    await step('2025-11-28T10:30:00Z', { kind: 'boarding', personId: who('Marta'), boarded: true });
    await step('2025-11-28T10:31:00Z', { kind: 'boarding', personId: who('Ciro'), boarded: false });
    // Marked absent, but the convoy has not left: Ciro may still come, and his pass holds.
    expect((await checkpointVerifies(ciro.text)).valid).toBe(true);

    await step('2025-11-28T11:00:00Z', { kind: 'departed' });
    expect(await checkpointVerifies(ciro.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'no-show' },
    });
    expect((await checkpointVerifies(marta.text)).valid).toBe(true);
    expect(await revocationsAudited(ciro.id)).toHaveLength(1);

    await step('2025-11-28T15:00:00Z', { kind: 'stop-arrived', stop: 'MOQUEGUA', headCount: 1 });
    await step('2025-11-28T15:10:00Z', {
      kind: 'left',
      personId: who('Marta'),
      stop: 'MOQUEGUA',
      reason: 'Trasladada al hospital',
    });
    // The stop, a place, reaches every device; why she left (her health) does not.
    expect(await checkpointVerifies(marta.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'left-convoy', stop: 'MOQUEGUA' },
    });
    expect(await partnerKeyset()).not.toContain('hospital');
    const again = await send(ctx.supervisor, 'POST', `/api/passes/${marta.id}/revoke`, {
      reason: 'otra vez',
    });
    expect(again.json<Pass>().revoked).toMatchObject({
      reason: 'MOQUEGUA: Trasladada al hospital',
      cause: 'left-convoy',
    });
  });

  it('gives a new pass to someone whose absence was annulled, once the departure is logged again', async () => {
    const convoy = uuid(906);
    await planConvoyWith(convoy, 'CONVOY-R6', ['Nora', 'Iván']);
    const first = passOf(await issuePasses(convoy), 'Iván');
    const step = stepsOf(convoy, 980);
    await step('2025-11-28T10:30:00Z', { kind: 'boarding', personId: who('Nora'), boarded: true });
    await step('2025-11-28T10:31:00Z', { kind: 'boarding', personId: who('Iván'), boarded: false });
    const departed = await step('2025-11-28T11:00:00Z', { kind: 'departed' });
    expect((await checkpointVerifies(first.text)).valid).toBe(false);
    // Iván was there after all: the departure is annulled, he boards, and the convoy leaves again.
    await step('2025-11-28T11:02:00Z', { kind: 'correction', corrects: departed, reason: 'Iván llegó' });
    await step('2025-11-28T11:03:00Z', { kind: 'boarding', personId: who('Iván'), boarded: true });
    await step('2025-11-28T11:05:00Z', { kind: 'departed' });
    const second = passOf(await issuePasses(convoy), 'Iván');
    expect(second.id).not.toBe(first.id);
    expect(second.revoked).toBeNull();
    expect((await checkpointVerifies(second.text)).valid).toBe(true);
    expect((await checkpointVerifies(first.text)).valid).toBe(false);
  });

  it('keeps the reason a supervisor writes out of the keyset a partner downloads, and shows it to supervisors', async () => {
    const convoy = uuid(905);
    await planConvoyWith(convoy, 'CONVOY-R5', ['Tomás']);
    const tomas = passOf(await issuePasses(convoy), 'Tomás');
    const revoked = await send(ctx.supervisor, 'POST', `/api/passes/${tomas.id}/revoke`, {
      reason: 'Coincidencia en lista de vigilancia INTERPOL',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<Pass>().revoked).toMatchObject({
      reason: 'Coincidencia en lista de vigilancia INTERPOL',
      cause: 'withdrawn',
    });

    const kept = await partnerKeyset();
    expect(kept).not.toContain('INTERPOL');
    const listed = PassKeyset.parse(JSON.parse(kept)).revoked.find((r) => r.id === tomas.id);
    expect(listed).toEqual({ id: tomas.id, at: expect.any(String), cause: 'withdrawn' });
    expect(JSON.parse(kept).revoked.every((r: object) => !('reason' in r))).toBe(true);
    expect(await checkpointVerifies(tomas.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'withdrawn' },
    });
  });

  it('revokes the pass of someone refused after the manifest was made, and their seat is no longer theirs', async () => {
    const convoy = uuid(907);
    await planConvoyWith(convoy, 'CONVOY-R7', ['Lía', 'Abel']);
    const passes = await issuePasses(convoy);
    const [lia, abel] = [passOf(passes, 'Lía'), passOf(passes, 'Abel')];
    expect((await checkpointVerifies(lia.text)).valid).toBe(true);

    // A supervisor corrects Lía's crossing (uuid(9)) to a refusal.
    const corrected = await send(ctx.supervisor, 'POST', '/api/events', {
      events: [
        {
          kind: 'correction',
          id: uuid(970),
          at: '2025-11-27T15:00:00Z',
          checkpoint: 'PE-SANTA-ROSA',
          corrects: uuid(9),
          set: { decision: 'refused', refusalGround: 'entry-ban' },
        },
      ],
    });
    expect(corrected.json().outcomes[0], corrected.body).toMatchObject({ status: 'applied' });

    expect(await checkpointVerifies(lia.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'decision-changed' },
    });
    expect(await partnerKeyset()).not.toContain('entry-ban');
    expect((await checkpointVerifies(abel.text)).valid).toBe(true);
    const audited = await revocationsAudited(lia.id);
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]?.detail ?? '{}')).toMatchObject({ cause: 'decision-changed', convoy });
    // The seat stays listed, said to be no longer hers, and no new pass is issued for it.
    const detail = await send(ctx.humanitarian, 'GET', `/api/convoys/${convoy}`);
    expect(
      detail
        .json<{ manifest: { givenNames: string; eligible: boolean }[] }>()
        .manifest.map((p) => [p.givenNames, p.eligible]),
    ).toEqual([
      ['Abel', true],
      ['Lía', false],
    ]);
    expect((await issuePasses(convoy)).map((p) => p.name)).toEqual([abel.name]);
  });
});
