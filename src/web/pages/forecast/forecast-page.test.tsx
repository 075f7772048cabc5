// The forecast as the page writes it: on whose clock its hours are, in words a commander reads
// (the checkpoint's city, country and offset), never the zone's code.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Forecast } from './forecast-api';
import { readCount } from './forecast-line';
import { ForecastBody } from './forecast-page';

const forecast = (timeZone: string, name: string, line: Partial<Forecast['line']> = {}): Forecast => ({
  checkpoint: { code: 'X', name, timeZone },
  direction: 'both',
  asOf: '2026-12-07T10:29:00.000Z',
  basisDays: 3,
  dayError: 0.5,
  dayErrorMeasured: false,
  level: 0.8,
  serviceMinutes: 4,
  targetWaitMinutes: 30,
  targetShare: 0.8,
  hours: [
    {
      date: '2026-12-07',
      hour: 7,
      mean: 6.6,
      low: 2,
      high: 11,
      booths: 1,
      boothsHigh: 1,
      waitingAtEnd: 1212.4,
      waitAtEndMinutes: 606.2,
      boothsWithLine: 18,
    },
  ],
  total: { mean: 122.5, low: 44, high: 218 },
  line: {
    waitingNow: 1240,
    waitingSource: 'observed',
    observedAt: '2026-12-07T10:05:00.000Z',
    boothsOpen: 8,
    boothsSource: 'checkpoint',
    clearsAt: null,
    ...line,
  },
});

const text = (f: Forecast, language: 'es' | 'en') => {
  const i18n = testI18n({ lng: language, interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ForecastBody forecast={f} />
    </I18nextProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replace(/\s+/g, ' ');
};

describe('the forecast page', () => {
  it.each([
    ['es', 'America/Santiago', 'en la hora del puesto: Santiago (Chile, UTC−4; UTC−3 en verano).'],
    ['es', 'America/Lima', 'en la hora del puesto: Lima (Perú, UTC−5).'],
    ['en', 'America/Santiago', "on the checkpoint's clock: Santiago (Chile, UTC−4; UTC−3 in summer)."],
  ] as const)('names the checkpoint’s clock in %s as people say it (%s)', (language, zone, said) => {
    const out = text(forecast(zone, 'Complejo Fronterizo'), language);
    expect(out).toContain(said);
    // Before, the zone's code: "en horas del puesto (America/Santiago)".
    expect(out).not.toContain(zone);
  });

  it('says where the line starts, on the checkpoint’s clock, and whether the booths open clear it', () => {
    const stays = text(forecast('America/Lima', 'Santa Rosa'), 'es');
    expect(stays).toContain(
      'En fila ahora: 1,240 personas, según el conteo de la fila del 7 dic 2026, 05:05 GMT-5.',
    );
    expect(stays).toContain(
      'Con las casetas abiertas (8), la fila no se despeja en la próxima hora: al terminarla seguirían esperando 1,212 personas.',
    );
    const clears = text(
      forecast('America/Santiago', 'Chacalluta', {
        clearsAt: '2026-12-07T13:40:00.000Z',
        waitingSource: 'given',
      }),
      'en',
    );
    expect(clears).toContain('In line now: 1,240 people, as given here.');
    expect(clears).toContain(
      'With 8 booths open, the people waiting now will have been served by 7 Dec 2026, 10:40 GMT-3.',
    );
    const none = text(
      forecast('America/Lima', 'Santa Rosa', { waitingNow: 0, waitingSource: 'none', observedAt: null }),
      'es',
    );
    expect(none).toContain('Nadie contó a las personas en fila en las últimas dos horas');
    expect(none).toContain('No hay fila ahora');
  });
});

describe('the counts typed for the line', () => {
  it('takes whole numbers within the limit and says what is wrong with the rest', () => {
    expect(readCount(' 240 ', 50_000)).toEqual({ value: 240 });
    expect(readCount('1.240', 50_000)).toEqual({ error: 'whole' });
    expect(readCount('-3', 500)).toEqual({ error: 'whole' });
    expect(readCount('', 500)).toEqual({ error: 'whole' });
    expect(readCount('501', 500)).toEqual({ error: 'max' });
  });
});
