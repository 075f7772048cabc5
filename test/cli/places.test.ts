// A new crossing set up from the command line alone, on both databases: a checkpoint with its booths,
// another booth, a shelter, and an officer assigned there; what the API refuses the commands refuse
// (exit 2 for bad input, 1 for a code or name taken), and every write is audited as the command line.
import { afterEach, describe, expect, it } from 'vitest';
import { listUsers } from '../../src/store/accounts';
import { listCareShelters } from '../../src/store/care';
import { listCheckpoints } from '../../src/store/reference';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

const TUMBES = [
  'checkpoint',
  'add',
  '--code',
  'pe-tumbes',
  '--name',
  'CEBAF Tumbes',
  '--country',
  'per',
  '--latitude',
  '-3,49',
  '--longitude',
  '-80.27',
  '--time-zone',
  'America/Lima',
  '--booth',
  'T1=Caseta 1',
];

const SHELTER = [
  'shelter',
  'add',
  '--name',
  'Albergue Tumbes',
  '--city',
  'Tumbes',
  '--operator',
  'Municipalidad de Tumbes',
  '--latitude',
  '-3.57',
  '--longitude',
  '-80.45',
  '--family',
  '20',
  '--general',
  '40',
];

/** These actions, each made by the command line. */
const byCli = (actions: readonly string[]) => actions.map((action) => ({ action, actor_username: 'cli' }));

/** The audit entries of these actions, in order, with who made them. */
const audited = (t: TestDb, actions: readonly string[]) =>
  t.db.kysely
    .selectFrom('audit_entry')
    .select(['action', 'actor_username'])
    .where('action', 'in', actions)
    .orderBy('seq')
    .execute();

describe.each(DIALECTS)('paso checkpoint and paso shelter on %s', { timeout: 120_000 }, (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.cleanup();
  });

  /** A fresh installation with PE-TUMBES and its booth T1 made; runs `paso` on it. */
  const withTumbes = async () => {
    const db = await openTestDb(dialect);
    t = db;
    const paso = (...args: string[]) => runPaso(args, db.env);
    expect(paso(...TUMBES).status).toBe(0);
    return { paso, db };
  };

  it('sets up a crossing on an empty installation, refusing what the API refuses', async () => {
    t = await openTestDb(dialect);
    const paso = (...args: string[]) => runPaso(args, t?.env ?? {});

    const empty = paso('checkpoint', 'list');
    expect(empty.status, empty.stderr).toBe(0);
    expect(empty.stdout).toContain('No checkpoints yet');

    const badCountry = paso(...TUMBES.map((a) => (a === 'per' ? 'Perú' : a)));
    expect(badCountry.status).toBe(2);
    expect(badCountry.stderr).toMatch(/country/);
    const badZone = paso(...TUMBES.map((a) => (a === 'America/Lima' ? 'America/Tumbes' : a)));
    expect(badZone.status).toBe(2);
    expect(badZone.stderr).toMatch(/timeZone/);

    const made = paso(...TUMBES);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Checkpoint PE-TUMBES (CEBAF Tumbes) added with booths T1.');
    const again = paso(...TUMBES);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('The code PE-TUMBES is taken.');

    const booth = paso(
      'checkpoint',
      'add-booth',
      '--checkpoint',
      'PE-TUMBES',
      '--code',
      't2',
      '--name',
      'Caseta 2',
    );
    expect(booth.status, booth.stderr).toBe(0);
    expect(booth.stdout).toContain('Booth T2 (Caseta 2) added to PE-TUMBES.');
    const boothTwice = paso(
      'checkpoint',
      'add-booth',
      '--checkpoint',
      'PE-TUMBES',
      '--code',
      'T2',
      '--name',
      'Otra',
    );
    expect(boothTwice.status).toBe(1);
    const nowhere = paso(
      'checkpoint',
      'add-booth',
      '--checkpoint',
      'PE-NOWHERE',
      '--code',
      'T3',
      '--name',
      'X',
    );
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('No checkpoint has the code PE-NOWHERE.');

    const listed = paso('checkpoint', 'list');
    expect(listed.stdout).toContain(
      'PE-TUMBES\tCEBAF Tumbes\tPER\t-3.49, -80.27\tAmerica/Lima\tbooths: T1 Caseta 1; T2 Caseta 2',
    );

    const officer = runPaso(
      ['user', 'add', '--username', 'ana.tumbes', '--role', 'officer', '--checkpoint', 'PE-TUMBES'],
      t.env,
    );
    expect(officer.status, officer.stderr).toBe(0);

    const shelter = paso(...SHELTER);
    expect(shelter.status, shelter.stderr).toBe(0);
    expect(shelter.stdout).toContain('Shelter "Albergue Tumbes" (Tumbes) added with 60 beds.');
    const sameName = paso(...SHELTER.map((a) => (a === 'Albergue Tumbes' ? 'ALBERGUE TUMBES' : a)));
    expect(sameName.status).toBe(1);
    expect(sameName.stderr).toContain('has this name');
    const noBeds = paso(...SHELTER.map((a) => (a === '40' ? 'muchas' : a)));
    expect(noBeds.status).toBe(2);
    // A sign typed wrong puts the shelter across the world: refused by the option's own name.
    const offMap = paso(...SHELTER.map((a) => (a === '-80.45' ? '80.45' : a)));
    expect(offMap.status).toBe(2);
    expect(offMap.stderr).toMatch(/^paso: longitude: /m);
    expect(offMap.stderr).not.toContain('body.');
    expect(paso('shelter', 'list').stdout).toMatch(
      /^Albergue Tumbes\tTumbes\tMunicipalidad de Tumbes\t0\/60 beds taken\t/,
    );

    const [checkpoint] = await listCheckpoints(t.db.kysely);
    expect(checkpoint?.booths.map((b) => b.code)).toEqual(['T1', 'T2']);
    const users = await listUsers(t.db.kysely);
    expect(users.find((u) => u.username === 'ana.tumbes')?.checkpointIds).toEqual([checkpoint?.id]);
    expect((await listCareShelters(t.db.kysely)).map((s) => s.name)).toEqual(['Albergue Tumbes']);
    expect(await audited(t, ['checkpoint.create', 'booth.create', 'care.shelter-create'])).toEqual(
      byCli(['checkpoint.create', 'booth.create', 'care.shelter-create']),
    );
  });

  it('renames a booth, retires it and puts it back in use, as the checkpoints page does', async () => {
    const { paso, db } = await withTumbes();
    const booth = (...args: string[]) =>
      paso('checkpoint', 'change-booth', '--checkpoint', 'pe-tumbes', '--code', 't1', ...args);

    const renamed = booth('--name', 'Caseta 1 (buses)');
    expect(renamed.status, renamed.stderr).toBe(0);
    expect(renamed.stdout).toContain('Booth T1 of PE-TUMBES (Caseta 1 (buses)) is in use.');
    const retired = booth('--retire');
    expect(retired.status, retired.stderr).toBe(0);
    expect(retired.stdout).toContain('is retired: no longer offered to officers');
    expect(paso('checkpoint', 'list').stdout).toContain('booths: T1 Caseta 1 (buses) (retired)');
    expect((await listCheckpoints(db.db.kysely))[0]?.booths[0]?.retired).toBe(true);
    expect(booth('--reinstate').stdout).toContain('is in use');

    // Refused, with nothing changed: no change asked, both at once, a booth or checkpoint nobody has.
    expect(booth().status).toBe(2);
    expect(booth('--retire', '--reinstate').stderr).toContain('not both');
    const noBooth = paso(
      'checkpoint',
      'change-booth',
      '--checkpoint',
      'PE-TUMBES',
      '--code',
      'T9',
      '--retire',
    );
    expect(noBooth.status).toBe(2);
    expect(noBooth.stderr).toContain('PE-TUMBES has no booth T9.');
    const noPlace = paso('checkpoint', 'change-booth', '--checkpoint', 'PE-NADA', '--code', 'T1', '--retire');
    expect(noPlace.status).toBe(2);
    expect(await audited(db, ['booth.update', 'booth.retire', 'booth.reinstate'])).toEqual(
      byCli(['booth.update', 'booth.retire', 'booth.reinstate']),
    );
  });

  it("changes a checkpoint's name and zone, and refuses what the API refuses", async () => {
    const { paso, db } = await withTumbes();
    const changed = paso(
      'checkpoint',
      'change',
      '--code',
      'pe-tumbes',
      '--name',
      'CEBAF Tumbes (Aguas Verdes)',
      '--time-zone',
      'America/Guayaquil',
    );
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toContain(
      'Checkpoint PE-TUMBES is now CEBAF Tumbes (Aguas Verdes), PER, -3.49, -80.27, America/Guayaquil.',
    );
    expect((await listCheckpoints(db.db.kysely))[0]?.timeZone).toBe('America/Guayaquil');
    expect(paso('checkpoint', 'change', '--code', 'PE-TUMBES').status).toBe(2);
    const badZone = paso('checkpoint', 'change', '--code', 'PE-TUMBES', '--time-zone', 'America/Tumbes');
    expect(badZone.status).toBe(2);
    expect(badZone.stderr).toMatch(/timeZone/);
    const nowhere = paso('checkpoint', 'change', '--code', 'PE-NADA', '--name', 'X');
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('No checkpoint has the code PE-NADA.');
  });
});
