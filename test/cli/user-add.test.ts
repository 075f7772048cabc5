// `paso user add` applies the API's rules through the API's own service: the same username rule, the
// same password minimum, the same audit entry; the account it makes can sign in.
import { afterEach, describe, expect, it } from 'vitest';
import { listUsers } from '../../src/store/accounts';
import { insertCheckpoint } from '../../src/store/reference';
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
          'analyst',
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
    const tooLong = add('rosa.quispe', `${'x'.repeat(257)}\n`);
    expect([tooLong.status, tooLong.stderr]).toEqual([
      2,
      'paso: password: a password has at most 256 characters\n',
    ]);

    const made = add('Rosa.Quispe', 'una-clave-larga\n');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('User rosa.quispe (analyst) added.');
    expect(made.stdout).not.toContain('shown once');
    const user = (await listUsers(t.db.kysely)).find((u) => u.username === 'rosa.quispe');
    expect(user?.role).toBe('analyst');
    const entries = await t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'actor_username', 'entity_id'])
      .where('action', '=', 'user.create')
      .execute();
    expect(entries).toEqual([{ action: 'user.create', actor_username: 'cli', entity_id: user?.id }]);
  });

  it('takes the checkpoints an officer works at by their code, refuses an officer without, and names the codes there are', async () => {
    t = await openTestDb(dialect);
    const env = t.env;
    const add = (username: string, ...checkpoints: string[]) =>
      runPaso(
        [
          'user',
          'add',
          '--username',
          username,
          '--role',
          'officer',
          ...(checkpoints.length > 0 ? ['--checkpoint', ...checkpoints] : []),
        ],
        env,
      );

    const none = add('luz.mamani', 'PE-SANTA-ROSA');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(
      'no checkpoint has the code PE-SANTA-ROSA (checkpoints: there are none yet)',
    );

    const id = '0b6f7a4e-2a39-4a53-9a8e-3f1f4d6c2b10';
    await insertCheckpoint(
      t.db.kysely,
      {
        id,
        code: 'PE-SANTA-ROSA',
        name: 'Complejo Fronterizo Santa Rosa',
        country: 'PER',
        latitude: -18.3,
        longitude: -70.3,
        timeZone: 'America/Lima',
        booths: [],
      },
      new Date().toISOString(),
    );
    const without = add('luz.mamani');
    expect(without.status).toBe(2);
    expect(without.stderr).toContain(
      'an officer needs a checkpoint: give --checkpoint CODE (checkpoints: PE-SANTA-ROSA)',
    );
    const typo = add('luz.mamani', 'PE-SANTAROSA');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('no checkpoint has the code PE-SANTAROSA (checkpoints: PE-SANTA-ROSA)');

    const made = add('luz.mamani', 'pe-santa-rosa');
    expect(made.status, made.stderr).toBe(0);
    const byId = add('ana.flores', id);
    expect(byId.status, byId.stderr).toBe(0);
    const users = await listUsers(t.db.kysely);
    expect(users.find((u) => u.username === 'luz.mamani')?.checkpointIds).toEqual([id]);
    expect(users.find((u) => u.username === 'ana.flores')?.checkpointIds).toEqual([id]);
  });
});
