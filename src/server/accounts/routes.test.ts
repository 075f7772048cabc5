// An officer always has a checkpoint: the API refuses to make one without, to move an account into the
// officer role without one, and to take an officer's last checkpoint away. And there is always an
// enabled administrator, even when two disable each other at once.
import { describe, expect, it } from 'vitest';
import { as, demoUser, eachTestApp, type Login, login, sendAs } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { SANTA_ROSA_ID } from '../../store/demo';

describe.each(DIALECTS)("an officer's checkpoint, on %s", (dialect) => {
  const ctx = eachTestApp(dialect, ['admin']);
  const send = sendAs(ctx);
  const patch = (id: string, payload: object) =>
    ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: as(ctx.admin),
      payload,
    });
  const officer = {
    username: 'rosa.mamani',
    displayName: 'Rosa Mamani',
    role: 'officer',
    password: 'primera-clave-1',
  };

  it('refuses to make an officer without a checkpoint, and makes one with', async () => {
    const refused = await send(ctx.admin, 'POST', '/api/users', officer);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'user.checkpoint-required', status: 400 });
    const made = await send(ctx.admin, 'POST', '/api/users', { ...officer, checkpointIds: [SANTA_ROSA_ID] });
    expect(made.statusCode, made.body).toBe(201);
  });

  it('refuses to make an officer of an account without checkpoints, or to take the last one away', async () => {
    const analyst = demoUser('analyst').id;
    const toOfficer = await patch(analyst, { role: 'officer' });
    expect(toOfficer.json()).toMatchObject({ code: 'user.checkpoint-required', status: 400 });
    const withCheckpoint = await patch(analyst, { role: 'officer', checkpointIds: [SANTA_ROSA_ID] });
    expect(withCheckpoint.json()).toMatchObject({ role: 'officer', checkpointIds: [SANTA_ROSA_ID] });

    const lastOneAway = await patch(demoUser('officer').id, { checkpointIds: [] });
    expect(lastOneAway.json()).toMatchObject({ code: 'user.checkpoint-required', status: 400 });
    // Nothing was changed by the refusals.
    const users = await send(ctx.admin, 'GET', '/api/users');
    const byId = new Map(
      users.json<{ users: { id: string; checkpointIds: string[] }[] }>().users.map((u) => [u.id, u]),
    );
    expect(byId.get(demoUser('officer').id)?.checkpointIds).toEqual([SANTA_ROSA_ID]);
    // Another role needs none: a supervisor may be left without.
    const toSupervisor = await patch(analyst, { role: 'supervisor', checkpointIds: [] });
    expect(toSupervisor.json()).toMatchObject({ role: 'supervisor', checkpointIds: [] });
  });
});

describe.each(DIALECTS)('the last administrator, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['admin']);
  const disable = (by: Login, id: string) =>
    ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: as(by),
      payload: { disabled: true },
    });

  it('is left enabled when two administrators disable each other at once', async () => {
    const analyst = demoUser('analyst').id;
    const promoted = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${analyst}`,
      headers: as(ctx.admin),
      payload: { role: 'admin' },
    });
    expect(promoted.statusCode, promoted.body).toBe(200);
    const other = await login(ctx.app, 'analyst');
    const answers = await Promise.all([disable(ctx.admin, analyst), disable(other, demoUser('admin').id)]);
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    // The other is refused: as the last administrator (409), or signed out by the first (401).
    expect(answers.map((a) => a.statusCode).filter((s) => s !== 200)).toEqual([expect.toBeOneOf([401, 409])]);
    const admins = await ctx.t.db.kysely
      .selectFrom('app_user')
      .select('username')
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .execute();
    expect(admins).toHaveLength(1);
  });
});
