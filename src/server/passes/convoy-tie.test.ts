// A pass issued for one passenger names a convoy of the transit area, by its code as a supervisor
// types it, and is tied to that convoy's id: cancelling the convoy revokes it, as it revokes the
// convoy's own passes. A convoy that does not exist, has arrived or was cancelled, or travels
// another corridor than the one named, gets no pass.
import { describe, expect, it } from 'vitest';
import { sendAs, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { convoyBody, passBody } from '../../../test/support/write-bodies';
import { keyRingOf, PassKeyset, revokedOf, verifyPass } from '../../domain/passes';
import { DEMO_CONVOY_ID } from '../../store/demo';

const uuid = (n: number) => `0e0c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NOW = '2025-11-27T15:00:00.000Z';

describe.each(DIALECTS)('a pass and its convoy on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'humanitarian', 'officer']);
  const send = sendAs(ctx);
  const verifies = async (text: string) => {
    const keyset = PassKeyset.parse((await send(ctx.officer, 'GET', '/api/passes/keyset')).json());
    return verifyPass(text, keyRingOf(keyset), revokedOf(keyset), NOW);
  };
  const stored = async (id: string) =>
    ctx.t.db.kysely.selectFrom('travel_pass').select('convoy_id').where('id', '=', id).executeTakeFirst();

  it('ties a pass asked for by the convoy code to the convoy itself', async () => {
    const issued = await send(ctx.supervisor, 'POST', '/api/passes', {
      ...passBody(uuid(1)),
      convoy: { id: 'convoy-001', name: 'CONVOY-001' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({
      convoy: { id: DEMO_CONVOY_ID, name: 'CONVOY-001' },
      corridor: { id: 'TACNA-TUMBES' },
    });
    expect(await stored(uuid(1))).toEqual({ convoy_id: DEMO_CONVOY_ID });
  });

  it.each([
    [
      'a convoy no one planned',
      { convoy: { id: 'CONVOY-070', name: 'Convoy 70' } },
      'pass.unknown-convoy',
      'body.convoy.id',
    ],
    [
      'another corridor than the convoy travels',
      { corridor: { id: 'LIMA-TUMBES', name: 'Lima' } },
      'pass.other-corridor',
      'body.corridor.id',
    ],
  ])('refuses %s, names the field, and keeps no pass', async (_, over, code, path) => {
    const id = uuid(code.length + path.length);
    const refused = await send(ctx.supervisor, 'POST', '/api/passes', { ...passBody(id), ...over });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({ code, errors: [{ path }] });
    expect(await stored(id)).toBeUndefined();
  });

  it('revokes a passenger’s pass when the convoy is cancelled, and issues none for it after', async () => {
    const convoy = uuid(500);
    const planned = await send(ctx.humanitarian, 'POST', '/api/convoys', convoyBody(convoy, 'CONVOY-C1'));
    expect(planned.statusCode, planned.body).toBe(201);
    const asked = { ...passBody(uuid(2)), convoy: { id: 'CONVOY-C1', name: 'CONVOY-C1' } };
    const issued = await send(ctx.supervisor, 'POST', '/api/passes', asked);
    expect(issued.statusCode, issued.body).toBe(201);
    const { text } = issued.json<{ text: string }>();
    expect((await verifies(text)).valid).toBe(true);

    const cancelled = await send(ctx.humanitarian, 'POST', `/api/convoys/${convoy}/events`, {
      id: uuid(501),
      at: NOW,
      event: { kind: 'cancelled', reason: 'Carretera bloqueada en Camiara' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(201);
    expect(await verifies(text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'convoy-cancelled' },
    });

    const late = await send(ctx.supervisor, 'POST', '/api/passes', { ...asked, id: uuid(3) });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json()).toMatchObject({ code: 'pass.convoy-ended', errors: [{ path: 'body.convoy.id' }] });
    // Asked again after a lost answer, the pass issued before is answered as it stands: revoked.
    const resent = await send(ctx.supervisor, 'POST', '/api/passes', asked);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toMatchObject({ id: uuid(2), revoked: { cause: 'convoy-cancelled' } });
  });
});
