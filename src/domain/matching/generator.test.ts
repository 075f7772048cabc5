import { describe, expect, it } from 'vitest';
import { evaluatePairs, evaluateScreening } from './evaluate';
import { generatePopulation, generateScreeningScenario } from './generator';

describe('generatePopulation', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = generatePopulation({ seed: 1, records: 500 });
    expect(generatePopulation({ seed: 1, records: 500 })).toEqual(a);
    expect(generatePopulation({ seed: 2, records: 500 })).not.toEqual(a);
    expect(a).toHaveLength(500);
  });

  it('makes duplicates, common names and the variations booths produce', () => {
    const records = generatePopulation({ seed: 3, records: 20_000 });
    const people = new Set(records.map((r) => r.trueId));
    expect(people.size).toBeLessThan(records.length * 0.7);
    const share = (pred: (r: (typeof records)[number]) => boolean) =>
      records.filter(pred).length / records.length;
    expect(
      share((r) => /gonz[aá]lez|rodr[ií]guez/i.test(`${r.surname1} ${r.surname2 ?? ''}`)),
    ).toBeGreaterThan(0.05);
    expect(share((r) => /^jos[eé]\b/i.test(r.givenNames))).toBeGreaterThan(0.03);
    expect(share((r) => r.surname2 === undefined)).toBeGreaterThan(0.03);
    expect(share((r) => r.birthDate !== undefined && r.birthDate.month === undefined)).toBeGreaterThan(0.01);
    expect(share((r) => /NXX/.test(`${r.surname1}${r.surname2 ?? ''}`))).toBeGreaterThan(0);
    expect(share((r) => r.surname1 === '')).toBeGreaterThan(0.002);
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
  it('counts recall over listed people and false hits per 1,000 people', () => {
    const r = evaluateScreening([
      { trueWatchId: 'W1', hitWatchIds: ['W1'] },
      { trueWatchId: 'W2', hitWatchIds: ['W3'] },
      { hitWatchIds: [] },
      { hitWatchIds: ['W4'] },
    ]);
    expect(r).toMatchObject({ recall: 0.5, falseHits: 2, falseHitsPer1000: 500 });
  });
});
