// The legend the page writes above a chart: the names and colours of the series as ECharts draws
// them, from the dashboard's and the forecast's own chart options.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { noDashboardRows } from '../../api/dashboard';
import { ES } from '../i18n/catalogues';
import { figureSource } from '../pages/dashboard/dashboard-api';
import { ageSexOption, decisionsOption, hoursOption } from '../pages/dashboard/dashboard-charts';
import type { Forecast } from '../pages/forecast/forecast-api';
import { forecastOption } from '../pages/forecast/forecast-chart';
import { legendOf, PALETTE } from './chart';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { es: { translation: ES } }, lng: 'es' });
  t = i18n.t;
});
const words = () => ({ t, number: new Intl.NumberFormat('es') });
const source = () =>
  figureSource({
    date: '2025-11-27',
    from: '2025-11-21',
    checkpoint: null,
    ...noDashboardRows(),
    emergencies: [],
    asOf: '2025-11-27T18:00:00Z',
  });

describe('legendOf', () => {
  it('names each series of a stacked chart with the colour ECharts gives it, in order', () => {
    expect(legendOf(ageSexOption(words(), source()))).toEqual([
      { name: 'Mujeres', color: PALETTE[0] },
      { name: 'Hombres', color: PALETTE[1] },
      { name: 'No especificado (X)', color: PALETTE[2] },
      { name: 'Sin dato', color: PALETTE[3] },
    ]);
    expect(legendOf(hoursOption(words(), source())).map((e) => e.name)).toEqual(['Entrada', 'Salida']);
  });

  it('lists a name shared by two series once, in the colour they are given', () => {
    const forecast = {
      level: 0.9,
      hours: [{ date: '2025-11-27', hour: 9, mean: 12.4, low: 8, high: 17 }],
    } as unknown as Forecast;
    expect(legendOf(forecastOption(t, forecast, 'es'))).toEqual([
      { name: 'Llegadas esperadas', color: PALETTE[0] },
      { name: t('forecast.chart.interval', { percent: 90 }), color: '#e07a1f' },
    ]);
  });

  it('is empty for a chart without a legend', () => {
    expect(legendOf(decisionsOption(words(), source()))).toEqual([]);
  });
});
