// The dashboard's six charts, each with its heading, its ECharts option and what a screen reader
// hears for it: the same figures, said in the page's language (dashboard-descriptions.ts).

import type { ChartOption } from '../../components/chart';
import type { FigureSource } from './dashboard-api';
import {
  ageSexFigures,
  ageSexOption,
  type ChartFigures,
  type ChartWords,
  type DaySpan,
  daysFigures,
  daysOption,
  decisionsFigures,
  decisionsOption,
  hoursFigures,
  hoursOption,
  nationalitiesFigures,
  nationalitiesOption,
  vulnerabilitiesFigures,
  vulnerabilitiesOption,
} from './dashboard-charts';
import { describeChart } from './dashboard-descriptions';

export interface ChartView {
  readonly title: string;
  readonly option: ChartOption;
  /** The chart's accessible name: its title and its figures, as the page shows them. */
  readonly description: string;
  /** Every figure it would draw is withheld (`<5` or `x`): it would draw nothing. */
  readonly allWithheld: boolean;
}

/** Whether figures hold something withheld and no figure above zero to draw. */
export const allWithheld = (figures: ChartFigures): boolean => {
  const values = figures.series.flatMap((s) => s.values);
  return values.some((v) => typeof v !== 'number') && !values.some((v) => typeof v === 'number' && v > 0);
};

type Context = {
  readonly locale: string;
  readonly countryName: (code: string) => string;
  /** Days compared, the shown date included. */
  readonly days: number;
};

export function chartsOf(words: ChartWords, s: FigureSource, span: DaySpan, context: Context) {
  const { t, number } = words;
  const { locale, countryName } = context;
  const view = (
    title: string,
    option: ChartOption,
    figures: ChartFigures,
    describe: (figures: ChartFigures) => string,
  ): ChartView => ({ title, option, description: describe(figures), allWithheld: allWithheld(figures) });
  const longDay = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const hours = t('dashboard.chart.hours');
  // `days` counts the shown date too: the title names the days before it (six of seven).
  const days = t('dashboard.chart.days', { days: context.days - 1 });
  const decisions = t('dashboard.chart.decisions');
  const nationalities = t('dashboard.chart.nationalities');
  const ageSex = t('dashboard.chart.ageSex');
  const vulnerabilities = t('dashboard.chart.vulnerabilities');
  return {
    hours: view(hours, hoursOption(words, s), hoursFigures(t, s), (f) =>
      describeChart(t, number, hours, f, { say: (hour) => t('dashboard.describe.hour', { hour }) }),
    ),
    days: view(days, daysOption(words, s, span, locale), daysFigures(t, s, span), (f) =>
      describeChart(t, number, days, f, {
        zeros: true,
        say: (date) =>
          date === span.today ? t('dashboard.today') : longDay.format(new Date(`${date}T00:00:00Z`)),
      }),
    ),
    decisions: view(decisions, decisionsOption(words, s), decisionsFigures(t, s), (f) =>
      describeChart(t, number, decisions, f),
    ),
    nationalities: view(
      nationalities,
      nationalitiesOption(words, s, countryName),
      nationalitiesFigures(t, s, countryName),
      (f) => describeChart(t, number, nationalities, f),
    ),
    ageSex: view(ageSex, ageSexOption(words, s), ageSexFigures(t, s), (f) =>
      describeChart(t, number, ageSex, f),
    ),
    vulnerabilities: view(
      vulnerabilities,
      vulnerabilitiesOption(words, s),
      vulnerabilitiesFigures(t, s),
      (f) => describeChart(t, number, vulnerabilities, f),
    ),
  };
}
