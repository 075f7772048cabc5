// The legend the page writes above a chart: the names and colours of the series as ECharts draws
// them. The dashboard's charts are tried in dashboard-charts.test.ts; here the forecast's, whose two
// dashed lines share one name.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ES } from '../i18n/catalogues';
import type { Forecast } from '../pages/forecast/forecast-api';
import { forecastOption } from '../pages/forecast/forecast-chart';
import { legendOf, PALETTE } from './chart';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { es: { translation: ES } }, lng: 'es' });
  t = i18n.t;
});

describe('legendOf', () => {
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

  it('is empty for a chart without a legend, or one that hides it', () => {
    const series = [{ type: 'bar' as const, name: 'Entrada', data: [1] }];
    expect(legendOf({ series })).toEqual([]);
    expect(legendOf({ legend: { show: false }, series })).toEqual([]);
    expect(legendOf({ legend: {}, series })).toEqual([{ name: 'Entrada', color: PALETTE[0] }]);
  });
});
