// The forecast as the page writes it: on whose clock its hours are, in words a commander reads
// (the checkpoint's city, country and offset), never the zone's code.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Forecast } from './forecast-api';
import { ForecastBody } from './forecast-page';

const forecast = (timeZone: string, name: string): Forecast => ({
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
  hours: [{ date: '2026-12-07', hour: 7, mean: 6.6, low: 2, high: 11, booths: 1, boothsHigh: 1 }],
  total: { mean: 122.5, low: 44, high: 218 },
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
});
