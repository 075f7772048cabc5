import { describe, expect, it } from 'vitest';
import { dedupe } from './dedupe';
import { defaultModel } from './default-model';
import { evaluatePairs } from './evaluate';
import { generatePopulation } from './generator';
import { MARIA_JOSE } from './test-people';
import type { MatchablePerson } from './types';

const p = (id: string, x: Partial<MatchablePerson>): MatchablePerson => ({ id, ...MARIA_JOSE, ...x });

describe('dedupe', () => {
  it('clusters the four forms of one person and leaves a namesake born another day alone', () => {
    const records = [
      p('passport', { documentNumber: '123456789', documentType: 'P' }),
      p('mrz', {
        givenNames: 'MARIA JOSE',
        surname1: 'DE LA CRUZ',
        surname2: 'PENXXA',
        documentNumber: '123456789',
      }),
      p('booth', { givenNames: 'Maria', surname1: 'Cruz', surname2: undefined }),
      p('card', {
        givenNames: 'CRUZ PENA MARIA',
        surname1: '',
        surname2: undefined,
        documentNumber: '18234567',
        documentType: 'ID',
      }),
      p('namesake', { birthDate: { year: 1993, month: 11, day: 30 }, documentNumber: '20999888' }),
    ];
    const r = dedupe(records, defaultModel());
    const cluster = r.clusters[r.clusterOf[0] ?? -1];
    expect(cluster?.recordIds).toEqual(['passport', 'mrz', 'booth', 'card']);
    expect(cluster?.id).toBe('passport');
    expect(r.clusterOf[4]).toBe(-1);
    expect(cluster?.pairs.every((x) => x.probability >= 0.8)).toBe(true);
  });

  // Blocking must bring such pairs together at all: no rule on the first given name or the first
  // surname alone does.
  it.each([
    [
      'known by the second given name, surnames swapped',
      { givenNames: 'Roberto Ernesto', surname1: 'Pérez', surname2: 'Flores' },
      { givenNames: 'ERNESTO', surname1: 'FLORES', surname2: 'PEREZ' },
    ],
    [
      'surnames swapped, the date a year alone',
      { givenNames: 'Juan de Dios', surname1: 'Fernández', surname2: 'Rojas' },
      { givenNames: 'JUAN DE DIOS', surname1: 'ROJAS', surname2: 'FERNANDEZ', birthDate: { year: 1988 } },
    ],
  ])('links one person registered twice: %s', (_, a, b) => {
    const records = [p('a', { sex: 'M', ...a }), p('b', { sex: 'M', ...b })];
    const r = dedupe(records, defaultModel());
    expect(r.clusterOf[0]).toBeGreaterThanOrEqual(0);
    expect(r.clusterOf[1]).toBe(r.clusterOf[0]);
  });

  it('does not chain distinct people with a common name into one giant cluster', () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      p(`r${i}`, {
        givenNames: 'José Luis',
        surname1: 'García',
        surname2: 'Rodríguez',
        sex: 'M',
        birthDate: { year: 1985 },
      }),
    );
    const r = dedupe(records, defaultModel(), { maxClusterSize: 10 });
    expect(Math.max(...r.clusters.map((c) => c.recordIds.length))).toBeLessThanOrEqual(10);
  });

  it('links most duplicates and few strangers on a generated population', () => {
    const records = generatePopulation({ seed: 21, records: 20_000 });
    const r = dedupe(records, defaultModel());
    const acc = evaluatePairs(
      records.map((x) => x.trueId),
      r.clusterOf,
    );
    // The generator writes what borders write (estimated dates, initials, no papers): some
    // duplicates carry too little to link. bench/RESULTS.md has the figures.
    expect(acc.precision).toBeGreaterThan(0.95);
    expect(acc.recall).toBeGreaterThan(0.75);
  });

  it('reports progress through each phase', () => {
    const phases = new Set<string>();
    dedupe([p('a', {}), p('b', {})], defaultModel(), { progress: (x) => phases.add(x.phase) });
    expect([...phases]).toEqual(['features', 'blocking', 'scoring', 'clustering']);
  });
});
