// What a screen reader says for each dashboard chart, in the page's language: its title and the
// figures as the page shows them. A figure of 1 to 4 people is said "fewer than five" and a withheld
// one as withheld, never as the 0 the chart draws in its place.
import type { TFunction } from 'i18next';
import type { Published } from '../../../domain/reports';
import type { ChartFigures } from './dashboard-charts';

/** A figure as said: the number, or the words for "<5" and "x". */
export function spokenFigure(t: TFunction, value: Published, number: Intl.NumberFormat): string {
  if (typeof value === 'number') return number.format(value);
  return value === 'small' ? t('dashboard.describe.small') : t('dashboard.describe.withheld');
}

type Options = {
  /** How a category is said, when not as the axis writes it (an hour, a date). */
  readonly say?: (category: string) => string;
  /** Say categories with no one too (the days, where a day of none is news); otherwise they are left out. */
  readonly zeros?: boolean;
};

/**
 * "Title. Series: category, figure; category, figure. Other series: none." A chart of one series has
 * no series name. Categories with no one are left out unless `zeros` asks for them.
 */
export function describeChart(
  t: TFunction,
  number: Intl.NumberFormat,
  title: string,
  figures: ChartFigures,
  { say = (c) => c, zeros = false }: Options = {},
): string {
  const parts = figures.series.map(({ name, values }) => {
    const items = figures.categories.flatMap((category, i) => {
      const value = values[i] ?? 0;
      return value === 0 && !zeros ? [] : [`${say(category)}, ${spokenFigure(t, value, number)}`];
    });
    const said = items.length === 0 ? t('dashboard.describe.none') : items.join('; ');
    return name === '' ? said : `${name}: ${said}`;
  });
  return `${[title, ...parts].join('. ')}.`;
}
