// The dashboard's six charts, each with its heading, its ECharts option and what a screen reader
// hears for it: the same figures, said in the page's language (dashboard-descriptions.ts).

import type { ChartOption } from '../../components/chart';
import type { FigureSource } from './dashboard-api';
import {
  ageSexFigures,
  ageSexOption,
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
}

type Context = {
  readonly locale: string;
  readonly countryName: (code: string) => string;
  /** Days compared, the shown date included. */
  readonly days: number;
};

export function chartsOf(words: ChartWords, s: FigureSource, span: DaySpan, context: Context) {
  const { t, number } = words;
  const { locale, countryName } = context;
  const view = (title: string, option: ChartOption, description: string): ChartView => ({
    title,
    option,
    description,
  });
  const longDay = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const hours = t('dashboard.chart.hours');
  const days = t('dashboard.chart.days', { days: context.days });
  const decisions = t('dashboard.chart.decisions');
  const nationalities = t('dashboard.chart.nationalities');
  const ageSex = t('dashboard.chart.ageSex');
  const vulnerabilities = t('dashboard.chart.vulnerabilities');
  return {
    hours: view(
      hours,
      hoursOption(words, s),
      describeChart(t, number, hours, hoursFigures(t, s), {
        say: (hour) => t('dashboard.describe.hour', { hour }),
      }),
    ),
    days: view(
      days,
      daysOption(words, s, span, locale),
      describeChart(t, number, days, daysFigures(t, s, span), {
        zeros: true,
        say: (date) =>
          date === span.today ? t('dashboard.today') : longDay.format(new Date(`${date}T00:00:00Z`)),
      }),
    ),
    decisions: view(
      decisions,
      decisionsOption(words, s),
      describeChart(t, number, decisions, decisionsFigures(t, s)),
    ),
    nationalities: view(
      nationalities,
      nationalitiesOption(words, s, countryName),
      describeChart(t, number, nationalities, nationalitiesFigures(t, s, countryName)),
    ),
    ageSex: view(ageSex, ageSexOption(words, s), describeChart(t, number, ageSex, ageSexFigures(t, s))),
    vulnerabilities: view(
      vulnerabilities,
      vulnerabilitiesOption(words, s),
      describeChart(t, number, vulnerabilities, vulnerabilitiesFigures(t, s)),
    ),
  };
}
