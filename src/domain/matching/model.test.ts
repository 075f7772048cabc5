import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel } from './default-model';
import { explainToText } from './explain';
import { generatePopulation, generateTrainingPopulation } from './generator';
import { compileModel, probabilityOf } from './model';
import defaultJson from './model/default-model.json';
import { parseModel } from './model-parse';
import { comparePeople } from './score-people';
import { JOSE_LUIS } from './test-people';
import { trainModel } from './train-model';
import { LEVELS, type MatchablePerson } from './types';

const person = (p: Partial<MatchablePerson>): MatchablePerson => ({ id: 'x', ...JOSE_LUIS, ...p });

describe('the scoring model', () => {
  it('reads the shipped model file with its version and training metadata', () => {
    const m = parseModel(defaultJson);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.value.version).toMatch(/\d/);
    expect(m.value.training.records).toBeGreaterThan(100_000);
    expect(m.value.training.converged).toBe(true);
  });

  it.each([
    [null, ''],
    [{ ...defaultJson, format: 'other' }, 'format'],
    [{ ...defaultJson, lambda: 2 }, 'lambda'],
    [{ ...defaultJson, comparisons: defaultJson.comparisons.slice(1) }, 'comparisons[0]'],
    [{ ...defaultJson, description: 7 }, 'description'],
    [{ ...defaultJson, training: [] }, 'training'],
    [{ ...defaultJson, training: { ...defaultJson.training, records: 'many' } }, 'training.records'],
    [{ ...defaultJson, training: { ...defaultJson.training, converged: 'yes' } }, 'training.converged'],
    [
      { ...defaultJson, termFrequencies: { ...defaultJson.termFrequencies, adjustmentRange: [3, -3] } },
      'termFrequencies.adjustmentRange',
    ],
  ])('rejects a broken model file (%#)', (json, path) => {
    const r = parseModel(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'model.invalid', path });
  });

  it('reads a model trained before identity numbers had their own level as scoring them as mismatch', () => {
    const older = {
      ...defaultJson,
      comparisons: defaultJson.comparisons.map((c) =>
        c.name === 'document' ? { ...c, levels: c.levels.slice(0, 4) } : c,
      ),
    };
    const r = parseModel(older);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const doc = r.value.comparisons.find((c) => c.name === 'document')?.levels;
    expect(doc?.[4]).toEqual({ ...doc?.[3], label: 'identity-mismatch' });
  });

  it('reads a model trained before estimated ages had their own level as scoring them as mismatch', () => {
    const older = {
      ...defaultJson,
      comparisons: defaultJson.comparisons.map((c) =>
        c.name === 'birthDate' ? { ...c, levels: c.levels.filter((l) => l.label !== 'year-approximate') } : c,
      ),
    };
    const r = parseModel(older);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dob = r.value.comparisons.find((c) => c.name === 'birthDate')?.levels;
    expect(dob?.map((l) => l.label)).toEqual(LEVELS.birthDate);
    expect(dob?.[5]).toEqual({ ...dob?.[6], label: 'year-approximate' });
  });

  it('explains every comparison: level, weight and term-frequency adjustment add up to the total', () => {
    const r = comparePeople(defaultModel(), person({}), person({ id: 'y', givenNames: 'JOSE' }));
    const e = r.explanation;
    expect(e.comparisons.map((c) => c.comparison)).toEqual([
      'givenName',
      'surname',
      'birthDate',
      'document',
      'nationality',
      'sex',
    ]);
    const sum = e.prior + e.comparisons.reduce((s, c) => s + c.weight + c.tfAdjustment, 0);
    expect(sum).toBeCloseTo(e.totalWeight, 1);
    expect(e.probability).toBeCloseTo(probabilityOf(e.totalWeight), 3);
  });

  it('counts a common name for less than a rare one (term-frequency adjustment)', () => {
    const common = comparePeople(defaultModel(), person({}), person({ id: 'y' }));
    const rare = comparePeople(
      defaultModel(),
      person({ givenNames: 'Telésforo', surname1: 'Zañartu', surname2: 'Goycoolea' }),
      person({ id: 'y', givenNames: 'Telésforo', surname1: 'Zañartu', surname2: 'Goycoolea' }),
    );
    const tf = (r: typeof common, c: string) =>
      r.explanation.comparisons.find((x) => x.comparison === c)?.tfAdjustment ?? 0;
    expect(tf(common, 'surname')).toBeLessThan(0);
    expect(tf(rare, 'surname')).toBeGreaterThan(0);
    expect(rare.weight).toBeGreaterThan(common.weight);
  });

  it.each(['es', 'en'] as const)('writes a readable explanation in %s', (lang) => {
    const r = comparePeople(
      defaultModel(),
      person({}),
      person({ id: 'y', birthDate: { year: 1985, month: 12, day: 3 } }),
    );
    const text = explainToText(r.explanation, lang);
    expect(text).toContain(lang === 'es' ? 'día y mes invertidos' : 'day and month swapped');
    expect(text).toContain(lang === 'es' ? 'probabilidad' : 'probability');
    expect(text.split('\n')).toHaveLength(7);
  });

  it('is symmetric: a against b scores as b against a', () => {
    const names = fc.constantFrom('José Luis', 'Maria', 'Yolanda', 'Gonzalez', 'De la Cruz', 'Peña', '');
    fc.assert(
      fc.property(names, names, names, names, (g1, s1, g2, s2) => {
        const a = person({ givenNames: g1, surname1: s1 });
        const b = person({ id: 'y', givenNames: g2, surname1: s2 });
        expect(comparePeople(defaultModel(), a, b).weight).toBeCloseTo(
          comparePeople(defaultModel(), b, a).weight,
          6,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('trainModel', () => {
  it('recovers sensible m and u by expectation–maximisation on generated data', () => {
    const records = generatePopulation({ seed: 11, records: 20_000 });
    const r = trainModel(records, { randomSeed: 3, version: 't', randomPairs: 200_000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const level = (c: string, l: string) =>
      r.value.comparisons.find((x) => x.name === c)?.levels.find((x) => x.label === l) ?? { m: 0, u: 0 };
    // Most duplicates share the exact date of birth; almost no random pair does.
    expect(level('birthDate', 'exact').m).toBeGreaterThan(0.7);
    expect(level('birthDate', 'exact').u).toBeLessThan(0.001);
    expect(level('surname', 'exact').m).toBeGreaterThan(0.5);
    expect(level('surname', 'other').u).toBeGreaterThan(0.9);
    expect(level('document', 'exact').m / level('document', 'exact').u).toBeGreaterThan(1000);
    expect(level('sex', 'same').m).toBeGreaterThan(0.9);
    expect(r.value.lambda).toBeGreaterThan(0);
    expect(compileModel(r.value).prior).toBeLessThan(0);
  });

  // Registrations alone never hold a listed estimate three or more years out, so a model trained on
  // them alone puts almost nothing at 'year-approximate' and screening calls such entries mismatches.
  it('learns from list entries how often an estimated age is three to five years out', () => {
    const { records, entries } = generateTrainingPopulation({ seed: 11, records: 20_000 });
    const options = { randomSeed: 3, version: 't', randomPairs: 200_000 };
    const m = (r: ReturnType<typeof trainModel>) =>
      r.ok ? (r.value.comparisons.find((c) => c.name === 'birthDate')?.levels[5]?.m ?? 0) : Number.NaN;
    const withEntries = m(trainModel(records, options, entries));
    expect(withEntries).toBeGreaterThan(0.005);
    expect(withEntries).toBeGreaterThan(10 * m(trainModel(records, options)));
  });

  it('is deterministic for a seed', () => {
    const records = generatePopulation({ seed: 12, records: 3000 });
    const a = trainModel(records, { randomSeed: 5, version: 't', randomPairs: 20_000 });
    const b = trainModel(records, { randomSeed: 5, version: 't', randomPairs: 20_000 });
    expect(a).toEqual(b);
  });

  it('refuses too few records', () => {
    expect(trainModel([], { randomSeed: 1, version: 't' })).toMatchObject({
      ok: false,
      error: { code: 'training.too-few-records' },
    });
  });
});
