// The forecast's chart: the arrivals expected each hour as bars, the interval's two ends as lines.
import type { TFunction } from 'i18next';
import type { ChartOption } from '../../components/chart';
import type { Forecast } from './forecast-api';

/** An hour's label: the hour, with the weekday where a new day begins (and on the first hour). */
export function hourLabels(f: Forecast, locale: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return f.hours.map((h, i) => {
    const hour = String(h.hour).padStart(2, '0');
    return i === 0 || h.hour === 0 ? `${day.format(new Date(`${h.date}T00:00:00Z`))} ${hour}` : hour;
  });
}

// One end of the interval: a dashed line, both ends under one legend entry.
const bound = (name: string, data: number[]) => ({
  type: 'line' as const,
  name,
  data,
  lineStyle: { type: 'dashed' as const },
  symbol: 'none',
  color: '#e07a1f',
});

export function forecastOption(t: TFunction, f: Forecast, locale: string): ChartOption {
  const interval = t('forecast.chart.interval', { percent: Math.round(f.level * 100) });
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('forecast.chart.expected'), interval] },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: hourLabels(f, locale) },
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
