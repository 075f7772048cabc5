// The chart options of the dashboard, built from its figures: each a plain function of the figure
// source. A figure published as "<5" or "x" (partners' view) draws no bar; its tooltip says it so.
import type { LineSeriesOption } from 'echarts/charts';
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
// bar: where `mark` says how, its text stands at the bar's foot instead, so that it reads as hidden
// and not as none; in a stack or on a line it is a gap, and the tooltip says it. Every mark is drawn,
// even where marks crowd (a phone): one left out would read as an hour or a category of none.
type Mark = {
  readonly position: 'top' | 'right';
  readonly rotate?: number;
  readonly align?: 'left';
  readonly verticalAlign?: 'middle';
  readonly distance?: number;
  readonly fontSize?: number;
};

function drawn(values: readonly Published[], number: Intl.NumberFormat, mark?: Mark) {
  return {
    data: values.map((v) => {
      if (typeof v === 'number') return v;
      if (mark === undefined) return '-';
      return { value: 0, label: { show: true, ...mark, formatter: figureText(v, number) } };
    }),
    tooltip: { valueFormatter: (_: unknown, i: number) => figureText(values[i] ?? 0, number) },
  };
}

// Twenty-four hours of two bars each leave a phone about 6 px a bar: an hour's marks stand upright
// from their bar's foot, narrow enough for the next hour's, and the exits' above the entries' so that
// the two of one hour never cover each other.
const hourMark = (series: number): Mark => ({
  position: 'top',
  rotate: 90,
  align: 'left',
  verticalAlign: 'middle',
  distance: 4 + series * 20,
  fontSize: 11,
});

// Published figures sort as numbers, the ones not shown last: their order would say their size.
const size = (v: Published) => (typeof v === 'number' ? v : -1);

/**
 * The figures behind a chart, as the page shows them: its categories (the axis's words) and, for
 * each series, its name ('' for a chart of one series) and the published figure of each category.
 * The options draw them; the descriptions say them to screen readers (dashboard-descriptions.ts).
 */
export interface ChartFigures {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly Published[] }[];
}

export function hoursFigures(t: TFunction, s: FigureSource): ChartFigures {
  return {
    categories: HOURS,
    series: DIRECTIONS.map((d) => ({
      name: directionLabel(t, d),
      values: HOURS.map((hour) => s.value(dashboardKey.hour(hour, d))),
    })),
  };
}

export function hoursOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  const figures = hoursFigures(t, s);
  return {
    ...WITH_LEGEND,
    xAxis: { type: 'category', data: [...figures.categories], name: t('dashboard.axis.hour') },
    yAxis: { type: 'value', minInterval: 1 },
    series: figures.series.map(({ name, values }, i) => ({
      type: 'bar',
      name,
      ...drawn(values, number, hourMark(i)),
    })),
  };
}

/** The shown date and the days before it; `today`, the checkpoint's, is named so on the axis. */
export interface DaySpan {
  readonly from: string;
  readonly date: string;
  readonly today: string;
}

/** The dates of the days chart, oldest first. */
export function spanDates(span: DaySpan): string[] {
  const dates: string[] = [];
  for (
    let ms = Date.parse(`${span.from}T00:00:00Z`);
    ms <= Date.parse(`${span.date}T00:00:00Z`);
    ms += 86_400_000
  ) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

export function daysFigures(t: TFunction, s: FigureSource, span: DaySpan): ChartFigures {
  const dates = spanDates(span);
  return {
    categories: dates,
    series: DIRECTIONS.map((d) => ({
      name: directionLabel(t, d),
      values: dates.map((date) => s.value(dashboardKey.day(date, d, span.date))),
    })),
  };
}

export function daysOption(
  { t, number }: ChartWords,
  s: FigureSource,
  span: DaySpan,
  locale: string,
): ChartOption {
  const figures = daysFigures(t, s, span);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  return {
    ...WITH_LEGEND,
    xAxis: {
      type: 'category',
      data: figures.categories.map((d) =>
        d === span.today ? t('dashboard.today') : day.format(new Date(`${d}T00:00:00Z`)),
      ),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: figures.series.map(({ name, values }, n) => ({
      type: 'line' as const,
      name,
      ...drawn(values, number),
      ...gapMarks(values, number, n),
    })),
  };
}

// A line has a gap where a day's figure is not shown: "<5" or "x" is written there, at the foot of
// the chart, the exits' above the entries' so that the two of one day never cover each other.
function gapMarks(
  values: readonly Published[],
  number: Intl.NumberFormat,
  series: number,
): { markPoint?: LineSeriesOption['markPoint'] } {
  const data = values.flatMap((v, i) =>
    typeof v === 'number'
      ? []
      : [{ name: String(i), coord: [i, 0], label: { formatter: figureText(v, number) } }],
  );
  if (data.length === 0) return {};
  return {
    markPoint: {
      symbol: 'circle',
      symbolSize: 1,
      label: { show: true, position: 'top', distance: 4 + series * 16 },
      data,
    },
  };
}

const oneSeries = (names: readonly string[], values: readonly Published[]): ChartFigures => ({
  categories: names,
  series: [{ name: '', values }],
});

function barsOf(figures: ChartFigures, horizontal: boolean, number: Intl.NumberFormat): ChartOption {
  const values = figures.series[0]?.values ?? [];
  const category = {
    type: 'category' as const,
    data: [...figures.categories],
    axisLabel: { width: 160, overflow: 'truncate' as const },
  };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: { ...GRID, top: 8 },
    ...(horizontal
      ? { yAxis: { ...category, inverse: true }, xAxis: value }
      : { xAxis: category, yAxis: value }),
    series: [
      { type: 'bar', colorBy: 'data', ...drawn(values, number, { position: horizontal ? 'right' : 'top' }) },
    ],
  };
}

// Each decision taken on the day, in the order of their names: refused and held are the headline's own.
export function decisionsFigures(t: TFunction, s: FigureSource): ChartFigures {
  const decisions = [
    ...s.keys('decision:').map((k) => k.slice('decision:'.length)),
    ...['refused', 'held'].filter((d) => s.value(d) !== 0),
  ].sort();
  return oneSeries(
    decisions.map((d) => decisionLabel(t, d)),
    decisions.map((d) => s.value(dashboardKey.decision(d))),
  );
}

export function decisionsOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  return barsOf(decisionsFigures(t, s), true, number);
}

export function nationalitiesFigures(
  t: TFunction,
  s: FigureSource,
  countryName: (code: string) => string,
): ChartFigures {
  const named = s
    .keys('nationality:')
    .map((key) => ({ key, code: key.slice('nationality:'.length) }))
    .sort((a, b) => size(s.value(b.key)) - size(s.value(a.key)));
  const rest = s.value(dashboardKey.otherNationalities);
  const names = named.map(({ code }) => (code === 'unknown' ? t('dashboard.unknown') : countryName(code)));
  const values = named.map(({ key }) => s.value(key));
  return rest === 0
    ? oneSeries(names, values)
    : oneSeries([...names, t('dashboard.otherNationalities')], [...values, rest]);
}

export function nationalitiesOption(
  { t, number }: ChartWords,
  s: FigureSource,
  countryName: (code: string) => string,
): ChartOption {
  return barsOf(nationalitiesFigures(t, s, countryName), true, number);
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

export function ageSexFigures(t: TFunction, s: FigureSource): ChartFigures {
  return {
    categories: AGES.map(([band, group]) => ageLabel(t, band, group)),
    series: SEXES.map((sex) => ({
      name: sexLabel(t, sex),
      values: AGES.map(([band, group]) => s.value(dashboardKey.age(group, band, sex))),
    })),
  };
}

export function ageSexOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  const figures = ageSexFigures(t, s);
  return {
    ...WITH_LEGEND,
    xAxis: { type: 'category', data: [...figures.categories], axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: figures.series.map(({ name, values }) => ({
      type: 'bar',
      stack: 'sex',
      name,
      ...drawn(values, number),
    })),
  };
}

export function vulnerabilitiesFigures(t: TFunction, s: FigureSource): ChartFigures {
  const keys = s.keys('vulnerability:').sort((a, b) => size(s.value(b)) - size(s.value(a)));
  return oneSeries(
    keys.map((k) => vulnerabilityLabel(t, k.slice('vulnerability:'.length))),
    keys.map((k) => s.value(k)),
  );
}

export function vulnerabilitiesOption({ t, number }: ChartWords, s: FigureSource): ChartOption {
  return barsOf(vulnerabilitiesFigures(t, s), true, number);
}
