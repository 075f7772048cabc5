// The chart options of the dashboard, built from its figures: each a plain function of the figure
// source. A figure published as "<5" or "x" (partners' view) draws no bar; its tooltip says it so.
import type { TFunction } from 'i18next';
import { DASHBOARD_DIRECTIONS as DIRECTIONS, dashboardKey, type Published } from '../../../domain/reports';
import type { ChartOption } from '../../components/chart';
import { type FigureSource, figureText } from './dashboard-api';
import { ageLabel, decisionLabel, directionLabel, sexLabel, vulnerabilityLabel } from './dashboard-labels';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const GRID = { left: 8, right: 16, top: 12, bottom: 8, containLabel: true };
// The charts of several series: a tooltip for the whole axis, and the legend above the plot (Chart
// writes it in the page).
const WITH_LEGEND = { tooltip: { trigger: 'axis' }, legend: {}, grid: GRID } as const;

/** What the charts need beside the figures: the words and the reader's way of writing numbers. */
export interface ChartWords {
  readonly t: TFunction;
  readonly number: Intl.NumberFormat;
}

// A series' values as drawn and as its tooltip writes them. A figure not shown ("<5", "x") draws no
// bar: where `mark` says where, its text stands at the bar's foot instead, so that it reads as hidden
// and not as none; in a stack or on a line it is a gap, and the tooltip says it.
function drawn(values: readonly Published[], number: Intl.NumberFormat, mark?: 'top' | 'right') {
  return {
    labelLayout: { hideOverlap: true },
    data: values.map((v) => {
      if (typeof v === 'number') return v;
      if (mark === undefined) return '-';
      return { value: 0, label: { show: true, position: mark, formatter: figureText(v, number) } };
    }),
    tooltip: { valueFormatter: (_: unknown, i: number) => figureText(values[i] ?? 0, number) },
  };
}

// Published figures sort as numbers, the ones not shown last: their order would say their size.
const size = (v: Published) => (typeof v === 'number' ? v : -1);

export function hoursOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  return {
    ...WITH_LEGEND,
    xAxis: { type: 'category', data: HOURS, name: t('dashboard.axis.hour') },
    yAxis: { type: 'value', minInterval: 1 },
    series: DIRECTIONS.map((d) => ({
      type: 'bar',
      name: directionLabel(t, d),
      ...drawn(
        HOURS.map((hour) => s.value(dashboardKey.hour(hour, d))),
        number,
        'top',
      ),
    })),
  };
}

export function daysOption(
  { t, number }: ChartWords,
  s: FigureSource,
  span: { readonly from: string; readonly date: string },
  locale: string,
): ChartOption {
  const dates: string[] = [];
  for (
    let ms = Date.parse(`${span.from}T00:00:00Z`);
    ms <= Date.parse(`${span.date}T00:00:00Z`);
    ms += 86_400_000
  ) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  return {
    ...WITH_LEGEND,
    xAxis: {
      type: 'category',
      data: dates.map((d) =>
        d === span.date ? t('dashboard.today') : day.format(new Date(`${d}T00:00:00Z`)),
      ),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: DIRECTIONS.map((d) => ({
      type: 'line',
      name: directionLabel(t, d),
      ...drawn(
        dates.map((date) => s.value(dashboardKey.day(date, d, span.date))),
        number,
      ),
    })),
  };
}

function barsOf(
  names: readonly string[],
  values: readonly Published[],
  horizontal: boolean,
  number: Intl.NumberFormat,
): ChartOption {
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
    series: [{ type: 'bar', colorBy: 'data', ...drawn(values, number, horizontal ? 'right' : 'top') }],
  };
}

// Each decision taken today, in the order of their names: refused and held are the headline's own.
export function decisionsOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  const decisions = [
    ...s.keys('decision:').map((k) => k.slice('decision:'.length)),
    ...['refused', 'held'].filter((d) => s.value(d) !== 0),
  ].sort();
  return barsOf(
    decisions.map((d) => decisionLabel(t, d)),
    decisions.map((d) => s.value(dashboardKey.decision(d))),
    true,
    number,
  );
}

export function nationalitiesOption(
  { t, number }: ChartWords,
  s: FigureSource,
  countryName: (code: string) => string,
): ChartOption {
  const named = s
    .keys('nationality:')
    .map((key) => ({ key, code: key.slice('nationality:'.length) }))
    .sort((a, b) => size(s.value(b.key)) - size(s.value(a.key)));
  const rest = s.value(dashboardKey.otherNationalities);
  const names = named.map(({ code }) => (code === 'unknown' ? t('dashboard.unknown') : countryName(code)));
  const values = named.map(({ key }) => s.value(key));
  return rest === 0
    ? barsOf(names, values, true, number)
    : barsOf([...names, t('dashboard.otherNationalities')], [...values, rest], true, number);
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

export function ageSexOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
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
      ...drawn(
        AGES.map(([band, group]) => s.value(dashboardKey.age(group, band, sex))),
        number,
      ),
    })),
  };
}

export function vulnerabilitiesOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  const keys = s.keys('vulnerability:').sort((a, b) => size(s.value(b)) - size(s.value(a)));
  return barsOf(
    keys.map((k) => vulnerabilityLabel(t, k.slice('vulnerability:'.length))),
    keys.map((k) => s.value(k)),
    true,
    number,
  );
}
