import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { corridorProgress } from './corridor-progress';
import { whereNow } from './corridor-route';

const t = testI18n({ interpolation: { escapeValue: false } }).t;
const STOPS = [
  { code: 'TAC', name: 'Tacna', latitude: -18.01, longitude: -70.25 },
  { code: 'ARE', name: 'Arequipa', latitude: -16.4, longitude: -71.54 },
  { code: 'TUM', name: 'Tumbes', latitude: -3.57, longitude: -80.45 },
];
const at = (...visits: [string, string | null, string | null][]) =>
  corridorProgress(
    STOPS,
    visits.map(([stop, arrivedAt, departedAt]) => ({ stop, arrivedAt, departedAt })),
  );
const T = '2025-11-28T06:00:00Z';

describe('where a convoy is, in words', () => {
  it('says each part of the road', () => {
    expect(whereNow(at(), 'planned', t)).toBe('Todavía no salió de Tacna.');
    expect(whereNow(at(['TAC', null, T]), 'departed', t)).toBe(
      'En camino de Tacna a Arequipa (parada 1 de 3 dejada atrás).',
    );
    expect(whereNow(at(['TAC', null, T], ['ARE', T, null]), 'departed', t)).toBe(
      'En Arequipa, parada 2 de 3.',
    );
    expect(whereNow(at(['TAC', null, T], ['ARE', T, T], ['TUM', T, null]), 'arrived', t)).toBe(
      'Llegó al punto de salida, Tumbes.',
    );
  });

  it('says nothing of a cancelled convoy', () => {
    expect(whereNow(at(), 'cancelled', t)).toBeNull();
  });
});
