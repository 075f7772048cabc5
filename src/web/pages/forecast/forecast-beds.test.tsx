// The shelter beds as the page writes them: the nights short of beds said first, in words, in Spanish
// and in English; the shelters counted and the assumptions stated; and the assumptions typed read as
// people type them.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ShelterBeds } from './forecast-api';
import { BedsBody } from './forecast-beds';
import { readBetween } from './forecast-beds-form';

const night = (date: string, expected: number, capacity: number, spread = 10) => ({
  date,
  arrivals: { mean: expected * 5, low: expected * 4, high: expected * 6 },
  stayingOn: 20,
  low: expected - spread,
  expected,
  high: expected + spread,
  short: Math.max(0, expected - capacity),
  shortHigh: Math.max(0, expected + spread - capacity),
});

const beds = (capacity: number, needs: readonly number[], over: Partial<ShelterBeds> = {}): ShelterBeds => ({
  checkpoint: { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa', timeZone: 'America/Lima' },
  direction: 'both',
  asOf: '2025-11-27T17:00:00.000Z',
  basisDays: 7,
  level: 0.8,
  cutoffHour: 22,
  shareStaying: 0.1,
  shareStayingChildren: 0.3,
  stayNights: 2,
  childShare: 0.24,
  shelters:
    capacity === 0
      ? []
      : [
          { id: 'a', name: 'Coliseo Perú', capacity: capacity - 20, occupied: 15 },
          { id: 'b', name: 'Casa de acogida', capacity: 20, occupied: 5 },
        ],
  capacity,
  occupiedNow: capacity === 0 ? 0 : 20,
  nights: needs.map((n, i) => night(`2025-11-${27 + i}`, n, capacity)),
  ...over,
});

const text = (b: ShelterBeds, language: 'es' | 'en') => {
  const i18n = testI18n({ lng: language, interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <BedsBody beds={b} />
    </I18nextProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replace(/\s+/g, ' ');
};

describe('the shelter beds on the forecast page', () => {
  it('says first which nights are short of beds, and by how many', () => {
    const short = beds(100, [80, 130, 101, 95]);
    expect(text(short, 'es')).toContain(
      'Faltan camas 2 noches: vie, 28 nov, faltan 30 camas; sáb, 29 nov, falta 1 cama. Si llegan tantas personas como el extremo alto del intervalo, faltarían también: dom, 30 nov, faltan 5 camas.',
    );
    expect(text(short, 'en')).toContain(
      'Beds are short 2 nights: Fri 28 Nov, 30 beds short; Sat 29 Nov, 1 bed short. If as many people',
    );
  });

  it('says when the beds suffice unless as many come as the upper end, and when they suffice anyway', () => {
    expect(text(beds(100, [80, 95]), 'es')).toContain(
      'Con las llegadas esperadas, las camas alcanzan; si llegan tantas personas como el extremo alto del intervalo, faltarían: vie, 28 nov, faltan 5 camas.',
    );
    expect(text(beds(100, [50, 60, 70]), 'en')).toContain(
      "The beds suffice all 3 nights, even if as many people come as the interval's upper end.",
    );
  });

  it('names the shelters counted and the people staying, and states the assumptions', () => {
    const out = text(beds(100, [50]), 'es');
    expect(out).toContain(
      'Albergues del puesto (2, a menos de 50 km y más cerca de él que de otro puesto): Coliseo Perú, Casa de acogida. Ahora hay 20 personas alojadas en 100 camas, de todo tipo.',
    );
    expect(out).toContain(
      'Supuestos: se queda a dormir el 10 % de las personas adultas que llegan y el 30 % de las niñas, niños y adolescentes (con su familia); quien se queda, pasa 2 noches en promedio. De quienes llegaron en los últimos 7 días, el 24 % eran menores de 18 años.',
    );
    const en = text(beds(100, [50], { shareStaying: 0.125, stayNights: 1 }), 'en');
    expect(en).toContain('12.5 % of the adults who arrive stay the night');
    expect(en).toContain('whoever stays, stays 1 night on average');
  });

  it('says when no shelter is near the checkpoint, and every bed needed is missing', () => {
    const out = text(beds(0, [12]), 'es');
    expect(out).toContain(
      'No hay albergues registrados a menos de 50 km de Complejo Fronterizo Santa Rosa y más cerca de él que de otro puesto, así que faltan todas las camas necesarias.',
    );
    expect(out).toContain('Faltan camas una noche: jue, 27 nov, faltan 12 camas.');
  });
});

describe('the assumptions typed', () => {
  it.each([
    ['10', 10],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 30 % ', 30],
    ['0', 0],
    ['100', 100],
    ['101', null],
    ['-1', null],
    ['mucho', null],
    ['', null],
  ])('reads %j as a percentage: %j', (typed, value) => {
    expect(readBetween(typed, 0, 100)).toBe(value);
  });
});
