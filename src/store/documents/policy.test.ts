import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { DEMO_RULESET } from '../../domain/documents';
import { SANTA_ROSA_ID, seedDemo } from '../demo';
import { appendPolicyVersion, currentPolicy, listPolicyVersions } from './policy';

const NOW = new Date('2025-11-27T15:00:00Z');
const LATER = '2025-11-28T09:30:00.000Z';

describe.each(DIALECTS)('document policy on %s', (dialect) => {
  const t = eachTestDb(dialect);

  it('has no version before anything is saved', async () => {
    expect(await currentPolicy(t.db.kysely)).toBeUndefined();
    expect(await listPolicyVersions(t.db.kysely)).toEqual([]);
  });

  it('seeds the demo rules as version 1, naming Santa Rosa by its checkpoint id', async () => {
    await seedDemo(t.db.kysely, NOW);
    const policy = await currentPolicy(t.db.kysely);
    expect(policy).toMatchObject({ version: 1, createdBy: 'system', createdAt: NOW.toISOString() });
    expect(policy?.rules.map((r) => r.id)).toEqual(DEMO_RULESET.rules.map((r) => r.id));
    expect(policy?.rules[0]?.appliesTo.checkpointIds).toEqual([SANTA_ROSA_ID]);
    expect(policy?.rules.at(-1)?.appliesTo.checkpointIds).toBeUndefined();
  });

  it('appends versions, reads the latest as in force, and lists the history newest first', async () => {
    await seedDemo(t.db.kysely, NOW);
    const rules = DEMO_RULESET.rules.slice(0, 2);
    expect(
      await appendPolicyVersion(t.db.kysely, {
        version: 2,
        rules,
        note: 'Sin tránsito con pasaporte vencido',
        createdBy: 'supervisor',
        createdAt: LATER,
      }),
    ).toBe(true);
    expect(await currentPolicy(t.db.kysely)).toEqual({
      version: 2,
      rules,
      note: 'Sin tránsito con pasaporte vencido',
      createdBy: 'supervisor',
      createdByName: 'Supervisora de turno',
      createdAt: LATER,
    });
    expect((await listPolicyVersions(t.db.kysely)).map((v) => [v.version, v.createdBy])).toEqual([
      [2, 'supervisor'],
      [1, 'system'],
    ]);
  });

  it('names who saved each version by their display name, and no one for the system', async () => {
    await seedDemo(t.db.kysely, NOW);
    await appendPolicyVersion(t.db.kysely, {
      version: 2,
      rules: DEMO_RULESET.rules.slice(0, 1),
      note: 'Solo pasaportes válidos',
      createdBy: 'supervisor',
      createdAt: LATER,
    });
    expect((await currentPolicy(t.db.kysely))?.createdByName).toBe('Supervisora de turno');
    expect((await listPolicyVersions(t.db.kysely)).map((v) => [v.version, v.createdByName])).toEqual([
      [2, 'Supervisora de turno'],
      [1, null],
    ]);
  });

  it('refuses a version number already taken and keeps the first', async () => {
    await seedDemo(t.db.kysely, NOW);
    const taken = await appendPolicyVersion(t.db.kysely, {
      version: 1,
      rules: [],
      note: 'late',
      createdBy: 'supervisor',
      createdAt: LATER,
    });
    expect(taken).toBe(false);
    expect((await currentPolicy(t.db.kysely))?.rules).toHaveLength(DEMO_RULESET.rules.length);
  });
});
