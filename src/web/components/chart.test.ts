// The legend the page writes above a chart: the names and colours of the series as ECharts draws
// them. The dashboard's charts are tried in dashboard-charts.test.ts; here the forecast's, whose two
// dashed lines share one name.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Forecast } from '../pages/forecast/forecast-api';
import { forecastOption } from '../pages/forecast/forecast-chart';
import { drawnOption, legendOf, PALETTE } from './chart';

// The words do not matter here: each key stands for its text, with the figure it is given.
const t = ((key: string, values?: { percent?: number }) =>
  values?.percent === undefined ? key : `${key} ${values.percent}`) as unknown as TFunction;

describe('legendOf', () => {
  it('lists a name shared by two series once, in the colour they are given', () => {
    const forecast = {
      level: 0.9,
      hours: [{ date: '2025-11-27', hour: 9, mean: 12.4, low: 8, high: 17 }],
    } as unknown as Forecast;
    expect(legendOf(forecastOption(t, forecast, 'es'))).toEqual([
      { name: 'forecast.chart.expected', color: PALETTE[0] },
      { name: 'forecast.chart.interval 90', color: '#e07a1f' },
    ]);
  });

  it('is empty for a chart without a legend, or one that hides it', () => {
    const series = [{ type: 'bar' as const, name: 'Entrada', data: [1] }];
    expect(legendOf({ series })).toEqual([]);
    expect(legendOf({ legend: { show: false }, series })).toEqual([]);
    expect(legendOf({ legend: {}, series })).toEqual([{ name: 'Entrada', color: PALETTE[0] }]);
  });
});

describe('drawnOption', () => {
  it("turns off ECharts' own English description, which would replace the page's label", () => {
    const drawn = drawnOption({ aria: { enabled: true }, series: [{ type: 'bar', data: [1] }] });
    expect(drawn.aria).toEqual({ enabled: false });
  });
});
