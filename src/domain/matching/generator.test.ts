import { describe, expect, it } from 'vitest';
import { evaluatePairs, evaluateScreening, withoutDocuments } from './evaluate';
import {
  generatePopulation,
  generateScreeningScenario,
  generateTrainingPopulation,
  type LabelledPerson,
} from './generator';
import type { WatchlistEntry } from './watchlist';

const records = generatePopulation({ seed: 3, records: 20_000 });
const share = (pred: (r: LabelledPerson) => boolean) => records.filter(pred).length / records.length;
const byPerson = new Map<string, LabelledPerson[]>();
for (const r of records) byPerson.set(r.trueId, [...(byPerson.get(r.trueId) ?? []), r]);
const people = [...byPerson.values()];
const fullName = (r: LabelledPerson) => `${r.givenNames} ${r.surname1} ${r.surname2 ?? ''}`;
const isJan1 = (d: { month?: number; day?: number }) => d.month === 1 && d.day === 1;

const { watchlist } = generateScreeningScenario({
  seed: 4,
  watchlistSize: 5000,
  listedQueries: 0,
  namesakeQueries: 0,
  otherQueries: 0,
});
const entryShare = (pred: (e: WatchlistEntry) => boolean) => watchlist.filter(pred).length / watchlist.length;

describe('generatePopulation', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = generatePopulation({ seed: 1, records: 500 });
    expect(generatePopulation({ seed: 1, records: 500 })).toEqual(a);
    expect(generatePopulation({ seed: 2, records: 500 })).not.toEqual(a);
    expect(a).toHaveLength(500);
  });

  it('makes duplicates and common names', () => {
    expect(byPerson.size).toBeLessThan(records.length * 0.7);
    expect(
      share((r) => /gonz[aá]lez|rodr[ií]guez/i.test(`${r.surname1} ${r.surname2 ?? ''}`)),
    ).toBeGreaterThan(0.05);
    expect(share((r) => /^jos[eé]\b/i.test(r.givenNames))).toBeGreaterThan(0.03);
    expect(share((r) => /NXX/.test(`${r.surname1}${r.surname2 ?? ''}`))).toBeGreaterThan(0);
    expect(share((r) => r.surname1 === '')).toBeGreaterThan(0.002);
  });

  it('writes initials, abbreviations and other spellings of the same name', () => {
    expect(share((r) => /(^|\s)\p{L}\.(\s|$)/u.test(r.givenNames))).toBeGreaterThan(0.01);
    expect(share((r) => /(^|\s)(Ma\.|Mª|Fco\.)/i.test(r.givenNames))).toBeGreaterThan(0.002);
    expect(share((r) => /(^|\s)(Glez|Rguez|Hdez|Fdez|Mtz)\./i.test(fullName(r)))).toBeGreaterThan(0.002);
    expect(share((r) => /\bJhon\b/i.test(r.givenNames))).toBeGreaterThan(0);
    expect(share((r) => /\bJohn\b/i.test(r.givenNames))).toBeGreaterThan(0);
  });

  it('leaves out a second given name or surname, and swaps surnames, for the same person', () => {
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const dropsGiven = people.filter((l) => new Set(l.map((r) => words(r.givenNames))).size > 1);
    expect(dropsGiven.length).toBeGreaterThan(people.length * 0.02);
    expect(share((r) => r.surname2 === undefined)).toBeGreaterThan(0.03);
    const fold = (s: string | undefined) => (s ?? '').toUpperCase().normalize('NFKD').replace(/\p{M}/gu, '');
    const swapped = people.filter((l) =>
      l.some((a) =>
        l.some(
          (b) => a.surname2 && fold(a.surname1) === fold(b.surname2) && fold(a.surname2) === fold(b.surname1),
        ),
      ),
    );
    expect(swapped.length).toBeGreaterThan(0);
  });

  it('heaps declared birth dates on 1 January and on the year alone, and estimates some', () => {
    expect(share((r) => r.birthDate !== undefined && isJan1(r.birthDate))).toBeGreaterThan(0.02);
    expect(share((r) => r.birthDate !== undefined && r.birthDate.month === undefined)).toBeGreaterThan(0.02);
    // An estimated age puts the same person's registrations two years apart.
    const apart = people.filter((l) => {
      const years = l.flatMap((r) => (r.birthDate ? [r.birthDate.year] : []));
      return years.length > 1 && Math.max(...years) - Math.min(...years) >= 2;
    });
    expect(apart.length).toBeGreaterThan(0);
  });

  it('shows no papers for some, mistyped numbers for others, and reuses a relative’s number', () => {
    expect(share((r) => r.documentNumber === undefined)).toBeGreaterThan(0.15);
    const owners = new Map<string, Set<string>>();
    for (const r of records) {
      if (r.documentType !== 'ID' || !r.documentNumber) continue;
      const n = r.documentNumber.replace(/\D/g, '');
      owners.set(n, (owners.get(n) ?? new Set()).add(r.trueId));
    }
    expect([...owners.values()].filter((s) => s.size > 1).length).toBeGreaterThan(20);
  });

  it('gives dual nationals (VEN and COL) either nationality', () => {
    const dual = people.filter((l) => ['VEN', 'COL'].every((n) => l.some((r) => r.nationality === n)));
    expect(dual.length).toBeGreaterThan(20);
  });
});

describe('generateScreeningScenario', () => {
  it('lists people, queries them written differently, and adds namesakes born another day', () => {
    const s = generateScreeningScenario({
      seed: 4,
      watchlistSize: 200,
      listedQueries: 20,
      namesakeQueries: 20,
      otherQueries: 20,
    });
    expect(s.watchlist).toHaveLength(200);
    expect(s.queries.filter((q) => q.watchId !== undefined)).toHaveLength(20);
    expect(s.queries.filter((q) => q.kind === 'namesake')).toHaveLength(20);
  });

  it('leaves most entries without a document number', () => {
    expect(entryShare((e) => e.documents.length === 0)).toBeGreaterThan(0.6);
    expect(entryShare((e) => e.documents.length > 0)).toBeGreaterThan(0.1);
  });

  it('heaps listed birth dates on 1 January and on the year alone, and lists spans of years', () => {
    expect(entryShare((e) => e.birthDates.some(isJan1))).toBeGreaterThan(0.1);
    expect(
      entryShare((e) => e.birthDates.length === 1 && e.birthDates[0]?.month === undefined),
    ).toBeGreaterThan(0.1);
    expect(entryShare((e) => e.birthDates.length > 1)).toBeGreaterThan(0.01);
    expect(entryShare((e) => e.birthDates.length === 0)).toBeGreaterThan(0.01);
  });

  it('lists both nationalities of some dual nationals', () => {
    expect(
      entryShare((e) => e.nationalities.includes('VEN') && e.nationalities.includes('COL')),
    ).toBeGreaterThan(0.005);
  });
});

describe('evaluatePairs', () => {
  it.each([
    [['a', 'a', 'b'], [0, 0, -1], { precision: 1, recall: 1, f1: 1 }],
    [['a', 'a', 'b'], [0, 0, 0], { precision: 1 / 3, recall: 1 }],
    [['a', 'a', 'a'], [0, 0, -1], { precision: 1, recall: 1 / 3 }],
  ])('scores truth %j against clusters %j', (truth, clusters, expected) => {
    expect(evaluatePairs(truth, clusters)).toMatchObject(expected);
  });
});

describe('evaluateScreening', () => {
  it('counts recall over listed people, false hits per 1,000 and the share of others alerted', () => {
    const r = evaluateScreening([
      { trueWatchId: 'W1', hitWatchIds: ['W1'] },
      { trueWatchId: 'W2', hitWatchIds: ['W3'] },
      { hitWatchIds: [] },
      { hitWatchIds: ['W4', 'W5'] },
    ]);
    expect(r).toMatchObject({ recall: 0.5, falseHits: 3, falseHitsPer1000: 750 });
    expect(r).toMatchObject({ nonListedPeople: 2, nonListedAlerted: 1, nonListedAlertRate: 0.5 });
  });
});

describe('withoutDocuments', () => {
  it('takes the documents off every entry and keeps the rest', () => {
    const bare = withoutDocuments(watchlist);
    expect(bare.every((e) => e.documents.length === 0)).toBe(true);
    expect(bare.map((e) => e.names)).toEqual(watchlist.map((e) => e.names));
  });
});

describe('generateTrainingPopulation', () => {
  const training = generateTrainingPopulation({ seed: 3, records: 20_000 });

  it('keeps the registrations of generatePopulation for the same seed', () => {
    expect(training.records).toEqual(records);
  });

  it('lists about half the people, as lists write them', () => {
    expect(training.entries.length / people.length).toBeGreaterThan(0.45);
    expect(training.entries.length / people.length).toBeLessThan(0.55);
    expect(training.entries.every((e) => e.names.length > 0)).toBe(true);
    // Heaped and estimated dates: the year alone and spans of years.
    const yearAlone = training.entries.filter((e) => e.birthDates.some((d) => d.month === undefined));
    expect(yearAlone.length / training.entries.length).toBeGreaterThan(0.2);
  });
});
