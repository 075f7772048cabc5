// The shelter beds' chart: the beds needed each night as bars, coloured where they are more than the
// shelters' beds, the beds needed if as many come as the interval's upper end as a dashed line, and
// the shelters' beds as a line across: a night short of beds is a bar over that line.
import type { TFunction } from 'i18next';
import type { ChartOption } from '../../components/chart';
import type { ShelterBeds } from './forecast-api';

const NEEDED_COLOR = '#1f6f8b';
const SHORT_COLOR = '#b10e1e';
const HIGH_COLOR = '#e07a1f';
const CAPACITY_COLOR = '#3d3d3d';

/** A night's name: its weekday, day and month ("jue 27 nov"), the date being the checkpoint's. */
export function nightLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function bedsOption(t: TFunction, b: ShelterBeds, locale: string): ChartOption {
  const needed = t('forecast.beds.chart.needed');
  const high = t('forecast.beds.chart.high');
  const capacity = t('forecast.beds.chart.capacity');
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [needed, high, capacity] },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: b.nights.map((n) => nightLabel(n.date, locale)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: needed,
        color: NEEDED_COLOR,
        data: b.nights.map((n) => ({
          value: n.expected,
          itemStyle: { color: n.short > 0 ? SHORT_COLOR : NEEDED_COLOR },
        })),
      },
      {
        type: 'line',
        name: high,
        color: HIGH_COLOR,
        lineStyle: { type: 'dashed' },
        data: b.nights.map((n) => n.high),
      },
      {
        type: 'line',
        name: capacity,
        color: CAPACITY_COLOR,
        step: 'middle',
        symbol: 'none',
        data: b.nights.map(() => b.capacity),
      },
    ],
  };
}
