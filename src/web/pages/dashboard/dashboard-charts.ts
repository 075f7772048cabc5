// The chart options of the dashboard, built from its figures: each a plain function of the rows.
import type { TFunction } from 'i18next';
import type { ChartOption } from '../../components/chart';
import { type DashboardFigures, type FigureRow, total } from './dashboard-api';
import { ageLabel, decisionLabel, directionLabel, sexLabel, vulnerabilityLabel } from './dashboard-labels';

const DIRECTIONS = ['entry', 'exit'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const GRID = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
// The charts of several series: a tooltip for the whole axis, and the legend above the plot.
const WITH_LEGEND = { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: GRID } as const;
const moved = (r: FigureRow) => r.crossed + r.refused + r.held;

export function hoursOption(t: TFunction, f: DashboardFigures): ChartOption {
  return {
    ...WITH_LEGEND,
    xAxis: { type: 'category', data: HOURS, name: t('dashboard.axis.hour') },
    yAxis: { type: 'value', minInterval: 1 },
    series: DIRECTIONS.map((d) => ({
      type: 'bar',
      name: directionLabel(t, d),
      data: HOURS.map((hour) => total(f.hours, 'crossed', { hour, direction: d })),
    })),
  };
}

export function daysOption(t: TFunction, f: DashboardFigures, locale: string): ChartOption {
  const dates: string[] = [];
  for (
    let ms = Date.parse(`${f.from}T00:00:00Z`);
    ms <= Date.parse(`${f.date}T00:00:00Z`);
    ms += 86_400_000
  ) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  return {
    ...WITH_LEGEND,
    xAxis: {
      type: 'category',
      data: dates.map((d) => (d === f.date ? t('dashboard.today') : day.format(new Date(`${d}T00:00:00Z`)))),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: DIRECTIONS.map((d) => ({
      type: 'line',
      name: directionLabel(t, d),
      data: dates.map((date) => total(f.days, 'crossed', { date, direction: d })),
    })),
  };
}

function barsOf(names: readonly string[], values: readonly number[], horizontal: boolean): ChartOption {
  const category = {
    type: 'category' as const,
    data: [...names],
    axisLabel: { width: 160, overflow: 'truncate' as const },
  };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: { ...GRID, top: 8 },
    ...(horizontal
      ? { yAxis: { ...category, inverse: true }, xAxis: value }
      : { xAxis: category, yAxis: value }),
    series: [{ type: 'bar', data: [...values], colorBy: 'data' }],
  };
}

export function decisionsOption(t: TFunction, f: DashboardFigures): ChartOption {
  const values = new Map<string, number>();
  for (const r of f.decisions)
    values.set(r.dims.decision ?? '', (values.get(r.dims.decision ?? '') ?? 0) + moved(r));
  const keys = [...values.keys()];
  return barsOf(
    keys.map((k) => decisionLabel(t, k)),
    keys.map((k) => values.get(k) ?? 0),
    true,
  );
}

export function nationalitiesOption(
  f: DashboardFigures,
  countryName: (code: string) => string,
  other: string,
) {
  const values = new Map<string, number>();
  for (const r of f.nationalities) {
    const code = r.dims.nationality ?? 'unknown';
    values.set(code, (values.get(code) ?? 0) + r.crossed);
  }
  const sorted = [...values].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const top = sorted.slice(0, 8);
  const rest = sorted.slice(8).reduce((n, [, v]) => n + v, 0);
  const names = top.map(([code]) => (code === 'unknown' ? other : countryName(code)));
  return barsOf(
    rest > 0 ? [...names, other] : names,
    rest > 0 ? [...top.map(([, v]) => v), rest] : top.map(([, v]) => v),
    true,
  );
}

const AGES: readonly [string, string][] = [
  ['0-4', 'child'],
  ['5-11', 'child'],
  ['12-17', 'child'],
  ['unknown', 'child'],
  ['18-59', 'adult'],
  ['60+', 'adult'],
  ['unknown', 'adult'],
  ['unknown', 'unknown'],
];
const SEXES = ['F', 'M', 'X', 'unknown'] as const;

export function ageSexOption(t: TFunction, f: DashboardFigures): ChartOption {
  const count = (band: string, group: string, sex: string) =>
    total(f.ageSex, 'crossed', { age_band: band, age_group: group, sex });
  return {
    ...WITH_LEGEND,
    xAxis: {
      type: 'category',
      data: AGES.map(([band, group]) => ageLabel(t, band, group)),
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: SEXES.map((sex) => ({
      type: 'bar',
      stack: 'sex',
      name: sexLabel(t, sex),
      data: AGES.map(([band, group]) => count(band, group, sex)),
    })),
  };
}

export function vulnerabilitiesOption(t: TFunction, f: DashboardFigures): ChartOption {
  const values = new Map<string, number>();
  for (const r of f.vulnerabilities) {
    values.set(r.vulnerability, (values.get(r.vulnerability) ?? 0) + r.crossed + r.refused + r.held);
  }
  const keys = [...values.keys()].sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0));
  return barsOf(
    keys.map((k) => vulnerabilityLabel(t, k)),
    keys.map((k) => values.get(k) ?? 0),
    true,
  );
}
