// `paso user add` applies the API's rules through the API's own service: the same username rule, the
// same password minimum, the same audit entry; the account it makes can sign in.
import { afterEach, describe, expect, it } from 'vitest';
import { listUsers } from '../../src/store/accounts';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

describe.each(DIALECTS)('paso user add on %s', { timeout: 120_000 }, (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.cleanup();
  });

  it('refuses what the API refuses and makes, with an audit entry, what it accepts', async () => {
    t = await openTestDb(dialect);
    const env = t.env;
    const add = (username: string, password?: string) =>
      runPaso(
        [
          'user',
          'add',
          '--username',
          username,
          '--role',
          'officer',
          ...(password ? ['--password-stdin'] : []),
        ],
        env,
        password,
      );

    const short = add('ab');
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/username/);
    const long = add(`a${'b'.repeat(64)}`);
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/username/);
    const weak = add('rosa.quispe', 'corta123\n');
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('at least 10 characters');

    const made = add('Rosa.Quispe', 'una-clave-larga\n');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('User rosa.quispe (officer) added.');
    expect(made.stdout).not.toContain('shown once');
    const user = (await listUsers(t.db.kysely)).find((u) => u.username === 'rosa.quispe');
    expect(user?.role).toBe('officer');
    const entries = await t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'actor_username', 'entity_id'])
      .where('action', '=', 'user.create')
      .execute();
    expect(entries).toEqual([{ action: 'user.create', actor_username: 'cli', entity_id: user?.id }]);
  });
});
