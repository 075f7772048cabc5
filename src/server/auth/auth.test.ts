import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, demoUser, login, makeTestApp, type TestApp } from '../../../test/support/app';
import { listAudit } from '../../store/audit';
import { DEMO_PASSWORD, SANTA_ROSA_ID } from '../../store/demo';

describe.each(['sqlite', 'postgres'] as const)('sessions and accounts on %s', (dialect) => {
  let ctx: TestApp;
  beforeEach(async () => {
    ctx = await makeTestApp(dialect, { loginRateLimit: 5 });
  });
  afterEach(async () => {
    await ctx.close();
  });
  const audit = () => listAudit(ctx.t.db.kysely, { limit: 100 });

  it('logs in with an HttpOnly, SameSite=Strict session cookie and records it', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'supervisor', password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'paso_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(response.json()).toMatchObject({ user: { username: 'supervisor', role: 'supervisor' } });
    expect((await audit())[0]).toMatchObject({
      action: 'auth.login',
      actorUsername: 'supervisor',
      ip: '127.0.0.1',
    });
  });

  it('refuses a wrong password with the same answer as an unknown user, and records the attempt', async () => {
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'supervisor', password: 'nope' },
    });
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nadie', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect((await audit()).filter((e) => e.action === 'auth.login-failed')).toHaveLength(2);
  });

  it('limits login attempts and answers 429 with a problem document', async () => {
    const attempt = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'guess' },
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ code: 'auth.rate-limited', status: 429 });
  });

  it('refuses a state-changing request without the CSRF token or from another site', async () => {
    const admin = await login(ctx.app, 'admin');
    const body = { displayName: 'Changed' };
    const url = `/api/users/${demoUser('analyst').id}`;
    const noToken = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { cookie: admin.cookie },
      payload: body,
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ code: 'auth.csrf' });
    // A token of another length, one that differs in its last character, and one sent twice.
    for (const token of [
      admin.csrfToken.slice(1),
      `${admin.csrfToken.slice(0, -1)}#`,
      [admin.csrfToken, admin.csrfToken],
    ]) {
      const wrong = await ctx.app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: admin.cookie, 'x-csrf-token': token },
        payload: body,
      });
      expect(wrong.json()).toMatchObject({ code: 'auth.csrf', status: 403 });
    }
    const foreign = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { ...as(admin), origin: 'https://evil.example' },
      payload: body,
    });
    expect(foreign.statusCode).toBe(403);
    const good = await ctx.app.inject({ method: 'PATCH', url, headers: as(admin), payload: body });
    expect(good.statusCode).toBe(200);
  });

  it('answers a session check from nobody signed in with 204 and no body, not an error', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });

  it('ends the session on logout', async () => {
    const officer = await login(ctx.app, 'officer');
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(officer) })).statusCode,
    ).toBe(204);
    // The session check answers "nobody signed in" (204) rather than an error the browser would log.
    const after = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: as(officer) });
    expect(after.statusCode).toBe(204);
    expect(after.body).toBe('');
  });

  it('lets an admin add a user, change the role, reset the password and disable the account, all audited', async () => {
    const admin = await login(ctx.app, 'admin');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        username: 'rosa.mamani',
        displayName: 'Rosa Mamani',
        role: 'officer',
        checkpointIds: [SANTA_ROSA_ID],
        password: 'primera-clave-1',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const taken = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: { username: 'rosa.mamani', displayName: 'Otra', role: 'analyst', password: 'primera-clave-1' },
    });
    expect(taken.statusCode).toBe(409);

    const loginAs = (password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'rosa.mamani', password },
      });
    expect((await loginAs('primera-clave-1')).statusCode).toBe(200);

    const promoted = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: as(admin),
      payload: { role: 'supervisor' },
    });
    expect(promoted.json()).toMatchObject({ role: 'supervisor' });

    const weak = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${id}/password`,
      headers: as(admin),
      payload: { password: 'short' },
    });
    expect(weak.json()).toMatchObject({ status: 400, code: 'user.weak-password' });
    const reset = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${id}/password`,
      headers: as(admin),
      payload: { password: 'segunda-clave-2' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await loginAs('primera-clave-1')).statusCode).toBe(401);
    expect((await loginAs('segunda-clave-2')).statusCode).toBe(200);

    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: as(admin),
      payload: { disabled: true },
    });
    expect((await loginAs('segunda-clave-2')).statusCode).toBe(401);

    const actions = (await audit()).filter((e) => e.entityId === id).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.create', 'user.update', 'user.password-reset', 'auth.login']),
    );
  });

  it('does not let an admin lock themselves out', async () => {
    const admin = await login(ctx.app, 'admin');
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      headers: as(admin),
      payload: { role: 'analyst' },
    });
    expect(response.json()).toMatchObject({ status: 409, code: 'user.self-lockout' });
  });

  it('records reads of personal data: listing users and reading the audit log', async () => {
    const admin = await login(ctx.app, 'admin');
    await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) });
    await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=5', headers: as(admin) });
    const actions = (await audit()).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['audit.read', 'user.list']);
  });

  it('pages the audit log with a cursor', async () => {
    const admin = await login(ctx.app, 'admin');
    const first = await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=1', headers: as(admin) });
    const page = first.json<{ entries: { seq: number }[]; nextCursor: string }>();
    expect(page.entries).toHaveLength(1);
    const second = await ctx.app.inject({
      method: 'GET',
      url: `/api/audit?limit=1&cursor=${page.nextCursor}`,
      headers: as(admin),
    });
    const next = second.json<{ entries: { seq: number }[] }>();
    expect(next.entries[0]?.seq).toBeLessThan(page.entries[0]?.seq ?? 0);
  });
});
