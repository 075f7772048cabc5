import { describe, expect, it } from 'vitest';
import { type Candidate, planManifest } from './manifest';

const BUS = { plate: 'BUS-1', kind: 'bus', seats: 40 } as const;
const VAN = { plate: 'VAN-1', kind: 'van', seats: 8 } as const;

const candidates = (...list: Candidate[]) => new Map(list.map((c) => [c.personId, c]));
const child = (personId: string, familyKey: string | null): Candidate => ({
  personId,
  familyKey,
  referredChild: true,
});
const adult = (personId: string, familyKey: string | null): Candidate => ({
  personId,
  familyKey,
  referredChild: false,
});

describe('planManifest', () => {
  it.each([
    ['an unaccompanied child with no family', [child('kid', null)], ['kid']],
    ['a separated child whose family may not ride', [child('kid', 'fam'), adult('other', null)], ['kid']],
    [
      'two referred children of no family, each alone',
      [child('kid', null), child('kid2', null)],
      ['kid', 'kid2'],
    ],
  ])('refuses %s on the convoy without family', (_, list, asked) => {
    const plan = planManifest(
      [BUS],
      asked.map((personId) => ({ personId, plate: 'BUS-1' })),
      candidates(...list),
    );
    expect(plan).toMatchObject({ ok: false, error: { code: 'manifest.child-alone' } });
  });

  it('names every referred child who would ride without family, not only the first', () => {
    const plan = planManifest(
      [BUS],
      ['kid', 'adult', 'kid2'].map((personId) => ({ personId, plate: 'BUS-1' })),
      candidates(child('kid', null), adult('adult', null), child('kid2', 'fam')),
    );
    expect(plan).toEqual({
      ok: false,
      error: {
        code: 'manifest.child-alone',
        detail: 'kid, kid2 are children referred to protection and would ride without their family.',
      },
    });
  });

  it('seats a referred child with the adult their crossing names, placed with them', () => {
    const plan = planManifest(
      [BUS, VAN],
      [{ personId: 'kid', plate: 'VAN-1' }],
      candidates(child('kid', 'fam'), adult('aunt', 'fam')),
    );
    expect(plan.ok ? plan.value.map((s) => [s.personId, s.plate]) : plan.error.code).toEqual([
      ['kid', 'VAN-1'],
      ['aunt', 'VAN-1'],
    ]);
  });

  it('seats a child who is not referred, alone', () => {
    const plan = planManifest([BUS], [{ personId: 'teen', plate: 'BUS-1' }], candidates(adult('teen', null)));
    expect(plan.ok).toBe(true);
  });
});
