// The forecast's chart as a commander reads it: each day named on the axis where it begins, however
// far ahead the forecast runs, and a tooltip that says which hour it is and gives the interval as
// one range.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { PALETTE } from '../../components/chart';
import type { Forecast } from './forecast-api';
import { axisLabels, forecastOption, hourTooltip, labelledHours } from './forecast-chart';

const i18n = testI18n({ interpolation: { escapeValue: false } });
const t = i18n.t;

const DAYS = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']; // Monday to Thursday

/** A forecast of `count` hours from `first` o'clock on Monday 7 December 2026. */
function forecast(first: number, count: number): Forecast {
  const hours = Array.from({ length: count }, (_, i) => ({
    date: DAYS[Math.floor((first + i) / 24)] ?? '',
    hour: (first + i) % 24,
    mean: 11.8,
    low: 6,
    high: 19,
    booths: 2,
    boothsHigh: 3,
  }));
  return { level: 0.8, hours } as unknown as Forecast;
}

/** The labels the axis shows, in order. */
const shown = (f: Forecast) => {
  const labelled = labelledHours(f);
  return axisLabels(f, 'es-PE').filter((_, i) => labelled[i]);
};

describe('the forecast chart', () => {
  it('names each day on the axis where it begins, three days ahead', () => {
    // Before, ECharts labelled every fourth hour from the first: 05, 09, … 01, 05: midnight never.
    const labels = shown(forecast(5, 72));
    expect(labels.filter((l) => l.includes('\n'))).toEqual(['05\nlun', '00\nmar', '00\nmié', '00\njue']);
    expect(labels.length).toBeLessThanOrEqual(9);
  });

  it.each([
    [24, 3],
    [48, 6],
    [72, 12],
  ])('labels a %i-hour forecast every %i hours', (count, step) => {
    const labels = shown(forecast(0, count));
    expect(labels.map((l) => Number(l.slice(0, 2)) % step)).toEqual(labels.map(() => 0));
    expect(labels.length).toBe(count / step);
  });

  it('leaves out the first hour when midnight follows it at once, and names the new day there', () => {
    expect(shown(forecast(23, 24))).toEqual(['00\nmar', '03', '06', '09', '12', '15', '18', '21']);
  });

  it('says the day and hour in its tooltip, and the interval as one range', () => {
    const f = forecast(22, 4);
    // The month as this machine's ICU abbreviates it ("dic" or "dic.").
    expect(hourTooltip(t, f, 1, 'es-PE')).toEqual({
      title: expect.stringMatching(/^lun, 7 dic\.?, 23:00–00:00$/),
      rows: [
        { name: 'Llegadas esperadas', value: '12', color: PALETTE[0] },
        { name: 'Intervalo del 80 %', value: '6 a 19', color: PALETTE[1] },
      ],
    });
    // Written as every chart's tooltip is: the colours by class, each name and value apart.
    const option = forecastOption(t, f, 'es-PE') as {
      tooltip: { formatter: (params: unknown) => string };
    };
    const markup = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(markup).not.toContain('style=');
    expect(markup.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toMatch(
      /^\|mar, 8 dic\.?, 00:00–01:00\|Llegadas esperadas\|: \|12\|Intervalo del 80 %\|: \|6 a 19\|$/,
    );
    expect(markup).toContain('chart-marker chart-marker-1');
  });
});
