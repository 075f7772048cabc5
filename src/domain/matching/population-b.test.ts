import { describe, expect, it } from 'vitest';
import { generatePopulation, type LabelledPerson } from './generator';
import { generatePopulationB, generateScreeningScenarioB } from './population-b';

const records = generatePopulationB({ seed: 3, records: 20_000 });
const share = (pred: (r: LabelledPerson) => boolean) => records.filter(pred).length / records.length;
const scenario = generateScreeningScenarioB({
  seed: 4,
  watchlistSize: 3000,
  listedQueries: 200,
  namesakeQueries: 200,
  otherQueries: 200,
});
const entries = scenario.watchlist;
const entryShare = (pred: (e: (typeof entries)[number]) => boolean) =>
  entries.filter(pred).length / entries.length;

describe('generatePopulationB', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = generatePopulationB({ seed: 1, records: 500 });
    expect(generatePopulationB({ seed: 1, records: 500 })).toEqual(a);
    expect(generatePopulationB({ seed: 2, records: 500 })).not.toEqual(a);
  });

  it('is not population A under another seed: names A never draws', () => {
    const namesOf = (rs: readonly LabelledPerson[]) => new Set(rs.map((r) => r.givenNames.toUpperCase()));
    const a = namesOf(generatePopulation({ seed: 3, records: 20_000 }));
    const onlyB = [...namesOf(records)].filter((n) => !a.has(n));
    expect(onlyB.length).toBeGreaterThan(100);
    expect(share((r) => r.nationality === 'HTI')).toBeGreaterThan(0.02);
  });

  it('writes children with a parent’s identity number: one number, several people', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of records) {
      if (!r.documentNumber || r.documentType === 'P') continue;
      const n = r.documentNumber.replace(/\D/g, '');
      owners.set(n, (owners.get(n) ?? new Set()).add(r.trueId));
    }
    expect([...owners.values()].filter((s) => s.size > 1).length).toBeGreaterThan(100);
  });

  it('reads passports as machine-readable zones: both surnames in one field, Ñ as NXX', () => {
    expect(share((r) => /^[A-Z]+ [A-Z]+$/.test(r.surname1) && r.surname2 === undefined)).toBeGreaterThan(
      0.05,
    );
    expect(share((r) => /NXX/.test(r.surname1))).toBeGreaterThan(0);
  });

  it('writes married names, respellings by ear and whole names in one field', () => {
    expect(share((r) => /^de /i.test(r.surname2 ?? ''))).toBeGreaterThan(0.005);
    expect(
      share((r) =>
        /(Gonzales|Rodrigues|Hernandes|Ramires|Peres)\b/i.test(`${r.surname1} ${r.surname2 ?? ''}`),
      ),
    ).toBeGreaterThan(0);
    expect(share((r) => r.surname1 === '')).toBeGreaterThan(0.005);
  });
});

describe('generateScreeningScenarioB', () => {
  it('lists adults as intelligence lists write them', () => {
    expect(entries).toHaveLength(3000);
    expect(entryShare((e) => typeof e.names[0] === 'string' && e.names[0].includes(','))).toBeGreaterThan(
      0.2,
    );
    expect(entryShare((e) => e.documents.length === 0)).toBeGreaterThan(0.6);
    expect(entryShare((e) => e.nationalities.includes('Venezuela'))).toBeGreaterThan(0.02);
  });

  it('dates by estimated age, spans of five years, placeholder days or not at all', () => {
    expect(entryShare((e) => e.birthDates.length === 5)).toBeGreaterThan(0.05);
    expect(entryShare((e) => e.birthDates.some((d) => d.month === 7 && d.day === 1))).toBeGreaterThan(0.02);
    expect(entryShare((e) => e.birthDates.length === 0)).toBeGreaterThan(0.1);
  });

  it('queries listed people, natural namesakes and others', () => {
    const kinds = scenario.queries.map((q) => q.kind);
    expect(kinds.filter((k) => k === 'listed')).toHaveLength(200);
    expect(kinds.filter((k) => k === 'namesake')).toHaveLength(200);
    expect(scenario.queries.every((q) => (q.kind === 'listed') === (q.watchId !== undefined))).toBe(true);
  });
});
