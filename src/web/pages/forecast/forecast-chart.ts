// The forecast's chart: the arrivals expected each hour as bars, the interval's two ends as lines.
// Its hours are labelled every few hours, always at midnight with the new day's name (ECharts' own
// choice of labels skipped midnight, so that three days ahead read as one), and its tooltip names the
// day and hour and gives the interval as one range, as the table does.
import type { TFunction } from 'i18next';
import { type ChartOption, PALETTE } from '../../components/chart';
import { type TooltipContent, tooltipMarkup } from '../../components/chart-tooltip';
import type { Forecast } from './forecast-api';

const EXPECTED_COLOR = PALETTE[0];
const INTERVAL_COLOR = '#e07a1f';

/** An hour's label: the hour, with the weekday where a new day begins (and on the first hour). */
export function hourLabels(f: Forecast, locale: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return f.hours.map((h, i) => {
    const hour = String(h.hour).padStart(2, '0');
    return i === 0 || h.hour === 0 ? `${day.format(new Date(`${h.date}T00:00:00Z`))} ${hour}` : hour;
  });
}

// Hours between two labels: about eight labels whatever the horizon, each on an hour that divides
// the day, so that midnight is always one of them.
const STEPS = [1, 2, 3, 4, 6, 8, 12];
const stepFor = (hours: number) => STEPS.find((s) => s * 8 >= hours) ?? 12;

/**
 * Which hours the axis labels: midnight and every `step` hours after it, and the first hour unless a
 * midnight comes too soon after it to leave room for both (the midnight then names the day).
 */
export function labelledHours(f: Forecast): boolean[] {
  const step = stepFor(f.hours.length);
  const room = step / 2;
  const firstMidnight = f.hours.findIndex((h) => h.hour === 0);
  const first = firstMidnight < 0 || firstMidnight === 0 || firstMidnight >= room;
  return f.hours.map((h, i) => {
    if (i === 0) return first;
    if (h.hour === 0) return true;
    // A labelled first hour needs room before the next label.
    return h.hour % step === 0 && (!first || i >= room);
  });
}

/** The axis label of an hour: "09", or the hour over its day's name where a day begins or the axis does. */
export function axisLabels(f: Forecast, locale: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return f.hours.map((h, i) => {
    const hour = String(h.hour).padStart(2, '0');
    return i === 0 || h.hour === 0 ? `${hour}\n${day.format(new Date(`${h.date}T00:00:00Z`))}` : hour;
  });
}

/**
 * The tooltip of an hour: its day and hour, the arrivals expected and the interval as a range
 * (before, the interval's two ends came as two lines of one name: "Intervalo del 80 % 19", "… 6").
 */
export function hourTooltip(t: TFunction, f: Forecast, index: number, locale: string): TooltipContent {
  const h = f.hours[index];
  if (h === undefined) return { title: undefined, rows: [] };
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${h.date}T00:00:00Z`));
  const hour = (n: number) => `${String(n % 24).padStart(2, '0')}:00`;
  return {
    title: `${day}, ${hour(h.hour)}–${hour(h.hour + 1)}`,
    rows: [
      { name: t('forecast.chart.expected'), value: number.format(h.mean), color: EXPECTED_COLOR },
      {
        name: t('forecast.chart.interval', { percent: Math.round(f.level * 100) }),
        value: t('forecast.table.range', { low: number.format(h.low), high: number.format(h.high) }),
        color: INTERVAL_COLOR,
      },
    ],
  };
}

// One end of the interval: a dashed line, both ends under one legend entry.
const bound = (name: string, data: number[]) => ({
  type: 'line' as const,
  name,
  data,
  lineStyle: { type: 'dashed' as const },
  symbol: 'none',
  color: INTERVAL_COLOR,
});

export function forecastOption(t: TFunction, f: Forecast, locale: string): ChartOption {
  const interval = t('forecast.chart.interval', { percent: Math.round(f.level * 100) });
  const labelled = labelledHours(f);
  return {
    tooltip: {
      trigger: 'axis',
      // The shared tooltip's markup, with the hour's own heading and the interval's two ends as one line.
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const index = typeof first?.dataIndex === 'number' ? first.dataIndex : -1;
        return tooltipMarkup(hourTooltip(t, f, index, locale), PALETTE);
      },
    },
    legend: { data: [t('forecast.chart.expected'), interval] },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: {
      type: 'category',
      data: axisLabels(f, locale),
      axisLabel: { interval: (index: number) => labelled[index] === true, lineHeight: 16 },
      axisTick: { interval: (index: number) => labelled[index] === true },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('forecast.chart.expected'),
        data: f.hours.map((h) => Math.round(h.mean * 10) / 10),
      },
      bound(
        interval,
        f.hours.map((h) => h.high),
      ),
      bound(
        interval,
        f.hours.map((h) => h.low),
      ),
    ],
  };
}
