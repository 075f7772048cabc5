// `paso user list|password|disable|enable|role`: an operator looks after accounts without the web app,
// through the API's own service: the same rules, the same audit entries (the command line as actor),
// and a reset password or a disabled account ends the sessions the user holds.
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentials, listUsers } from '../../src/store/accounts';
import { SANTA_ROSA_ID } from '../../src/store/demo';
import { login, makeTestApp, type TestApp } from '../support/app';
import { DIALECTS } from '../support/databases';
import { runPasoLater } from '../support/process';

const NEW_PASSWORD = 'una-clave-nueva-larga';

describe.each(DIALECTS)('paso user administration on %s', { timeout: 120_000 }, (dialect) => {
  let ctx: TestApp | undefined;
  afterEach(async () => {
    await ctx?.close();
  });

  const open = async () => {
    ctx = await makeTestApp(dialect);
    const app = ctx;
    // Not runPaso: waiting on the command would stop this process's server from answering it, and a
    // command waiting for the database while the server held it would wait for ever.
    const paso = (args: string[], input?: string) => runPasoLater(['user', ...args], app.t.env, input ?? '');
    // The session check a signed-in browser makes: 200 with the user, 204 for nobody.
    const sessionOf = async (cookie: string) =>
      (await app.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).statusCode;
    const signIn = async (username: string, password: string) =>
      (
        await app.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password },
        })
      ).statusCode;
    const cliEntries = (action: string) =>
      app.t.db.kysely
        .selectFrom('audit_entry')
        .select(['actor_username', 'entity_id'])
        .where('action', '=', action)
        .where('actor_username', '=', 'cli')
        .execute();
    return { app, paso, sessionOf, signIn, cliEntries };
  };

  it('lists every account with its role, checkpoints and status, and audits the listing', async () => {
    const { paso, cliEntries } = await open();
    const listed = await paso(['list']);
    expect(listed.status, listed.stderr).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^USERNAME\s+ROLE\s+CHECKPOINTS\s+STATUS\s+NAME$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^oficial\.santarosa\s+officer\s+PE-SANTA-ROSA\s+active\s+Oficial de caseta/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^analista\s+analyst\s+-\s+active\s+/));
    expect(await cliEntries('user.list')).toHaveLength(1);
  });

  it('sets a new password and ends the sessions the user holds', async () => {
    const { app, paso, sessionOf, signIn, cliEntries } = await open();
    const officer = await login(app.app, 'officer');
    const supervisor = await login(app.app, 'supervisor');

    const short = await paso(['password', 'oficial.santarosa', '--password-stdin'], 'corta\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('at least 10 characters');
    // Longer than the login takes: set, it would lock the account out.
    const long = await paso(['password', 'oficial.santarosa', '--password-stdin'], `${'x'.repeat(300)}\n`);
    expect([long.status, long.stderr]).toEqual([2, 'paso: A password has at most 256 characters.\n']);
    expect(await signIn('oficial.santarosa', 'paso-demo-2025')).toBe(200);
    const unknown = await paso(['password', 'nadie', '--password-stdin'], `${NEW_PASSWORD}\n`);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no user is called "nadie"');

    const reset = await paso(['password', 'Oficial.SantaRosa', '--password-stdin'], `${NEW_PASSWORD}\n`);
    expect(reset.status, reset.stderr).toBe(0);
    expect(reset.stdout).toContain('The password of oficial.santarosa is set');
    expect(reset.stdout).not.toContain('shown once');
    expect(await sessionOf(officer.cookie)).toBe(204);
    // Only that user's sessions end.
    expect(await sessionOf(supervisor.cookie)).toBe(200);
    expect(await signIn('oficial.santarosa', 'paso-demo-2025')).toBe(401);
    expect(await signIn('oficial.santarosa', NEW_PASSWORD)).toBe(200);

    const longest = 'x'.repeat(256);
    expect((await paso(['password', 'supervisor', '--password-stdin'], `${longest}\n`)).status).toBe(0);
    expect(await signIn('supervisor', longest)).toBe(200);

    const generated = await paso(['password', 'analista']);
    expect(generated.status, generated.stderr).toBe(0);
    const shown = /Password \(shown once\): (\S+)/.exec(generated.stdout)?.[1] ?? '';
    expect(await signIn('analista', shown)).toBe(200);

    const entries = await cliEntries('user.password-reset');
    const officerId = (await findCredentials(app.t.db.kysely, 'oficial.santarosa'))?.user.id;
    expect(entries.map((e) => e.entity_id)).toContain(officerId);
    expect(entries).toHaveLength(3);
  });

  it('disables an account, ending its sessions, and enables it again', async () => {
    const { app, paso, sessionOf, signIn, cliEntries } = await open();
    const officer = await login(app.app, 'officer');

    const disabled = await paso(['disable', 'oficial.santarosa']);
    expect(disabled.status, disabled.stderr).toBe(0);
    expect(disabled.stdout).toContain('User oficial.santarosa disabled');
    expect(await sessionOf(officer.cookie)).toBe(204);
    expect(await signIn('oficial.santarosa', 'paso-demo-2025')).toBe(401);

    const enabled = await paso(['enable', 'oficial.santarosa']);
    expect(enabled.status, enabled.stderr).toBe(0);
    expect(await signIn('oficial.santarosa', 'paso-demo-2025')).toBe(200);
    expect((await paso(['disable', 'nadie'])).stderr).toContain('no user is called "nadie"');
    expect(await cliEntries('user.update')).toHaveLength(2);
  });

  it('changes a role under the API’s rules, naming the roles and checkpoints there are', async () => {
    const { app, paso, cliEntries } = await open();
    const unknownRole = await paso(['role', 'analista', 'jefe']);
    expect(unknownRole.status).toBe(2);
    expect(unknownRole.stderr).toContain(
      'no role is called "jefe" (roles: officer, supervisor, humanitarian, analyst, admin)',
    );
    const noCheckpoint = await paso(['role', 'analista', 'officer']);
    expect(noCheckpoint.status).toBe(2);
    expect(noCheckpoint.stderr).toContain(
      'an officer needs a checkpoint: give --checkpoint CODE (checkpoints: CL-CHACALLUTA, PE-SANTA-ROSA)',
    );
    const unknownCheckpoint = await paso(['role', 'analista', 'officer', '--checkpoint', 'PE-TACNA']);
    expect(unknownCheckpoint.status).toBe(2);
    expect(unknownCheckpoint.stderr).toContain(
      'no checkpoint has the code PE-TACNA (checkpoints: CL-CHACALLUTA, PE-SANTA-ROSA)',
    );
    expect((await paso(['role', 'nadie', 'supervisor'])).stderr).toContain('no user is called "nadie"');
    // Nothing was changed by the refusals.
    expect(await cliEntries('user.update')).toEqual([]);

    const made = await paso(['role', 'analista', 'officer', '--checkpoint', 'pe-santa-rosa']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('User analista is now officer at PE-SANTA-ROSA.');
    const promoted = await paso(['role', 'oficial.santarosa', 'supervisor']);
    expect(promoted.status, promoted.stderr).toBe(0);
    const users = await listUsers(app.t.db.kysely);
    expect(users.find((u) => u.username === 'analista')).toMatchObject({
      role: 'officer',
      checkpointIds: [SANTA_ROSA_ID],
    });
    expect(users.find((u) => u.username === 'oficial.santarosa')?.role).toBe('supervisor');
    expect(await cliEntries('user.update')).toHaveLength(2);
  });

  it('keeps one enabled administrator: the only one is neither disabled nor given another role', async () => {
    const { app, paso, signIn, cliEntries } = await open();
    for (const args of [
      ['disable', 'admin'],
      ['role', 'admin', 'analyst'],
    ]) {
      const refused = await paso(args);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('admin is the only enabled administrator');
    }
    expect(await signIn('admin', 'paso-demo-2025')).toBe(200);
    expect(await cliEntries('user.update')).toEqual([]);
    // Once there is another, either may go.
    expect((await paso(['role', 'analista', 'admin'])).status).toBe(0);
    expect((await paso(['disable', 'admin'])).status).toBe(0);
    const last = await paso(['role', 'analista', 'supervisor']);
    expect(last.status).toBe(1);
    expect(last.stderr).toContain('analista is the only enabled administrator');
    expect((await paso(['enable', 'admin'])).status).toBe(0);
    expect((await listUsers(app.t.db.kysely)).filter((u) => u.role === 'admin' && !u.disabled)).toHaveLength(
      2,
    );
  });
});
