// The situation dashboard: today's crossings by hour, decisions, nationalities, age and sex,
// vulnerabilities and the days before, for every role of situation.read. Aggregates only: no names,
// no screening. Live: the figures are read again whenever the server says they changed.
import { type ReactNode, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayAt } from '../../../domain/crossings';
import { dashboardKey, HEADLINE } from '../../../domain/reports';
import { isCalendarDate } from '../../../domain/shared';
import { Chart } from '../../components/chart';
import { Figures } from '../../components/figures';
import { LoadableView } from '../../components/loadable-view';
import { Options } from '../../components/options';
import { SelectField } from '../../components/select-field';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { formatDay } from '../booth/days';
import { type DashboardFigures, figureSource, figureText, getDashboard } from './dashboard-api';
import { type ChartView, chartsOf } from './dashboard-chart-set';
import { DashboardRefused, dashboardRefusal } from './dashboard-refusal';
import { DayChoice } from './day-choice';
import { decisionFigures } from './decision-figures';
import { EmergencyTotals } from './emergency-totals';
import { type LiveState, useLiveFigures } from './use-live-figures';
import './dashboard.css';

const DAYS = 7;

type Props = {
  /** People waiting now at the checkpoint chosen ('' for all), from the situation area's observations. */
  readonly waiting?: (checkpoint: string) => ReactNode;
};

export function DashboardPage({ waiting }: Props) {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  // The address keeps the checkpoint and the day (shared, reloaded, back); today is left out, so that
  // a page left open goes on to the next day at midnight.
  const [params, setParams] = useSearchParams();
  // A code typed in lower case (pe-santa-rosa) is the checkpoint's, as on the command line.
  const checkpoint = (params.get('checkpoint') ?? '').trim().toUpperCase();
  const asked = params.get('date') ?? '';
  const date = isCalendarDate(asked) ? asked : undefined;
  // A day that is no date (2026-02-31, banana) is said, not shown as today under the wrong address.
  const unread = asked !== '' && date === undefined;
  const ask = (next: { readonly checkpoint?: string; readonly date?: string | undefined }) => {
    const chosen = { checkpoint, date, ...next };
    const query = new URLSearchParams();
    if (chosen.checkpoint !== '') query.set('checkpoint', chosen.checkpoint);
    if (chosen.date !== undefined) query.set('date', chosen.date);
    setParams(query);
  };
  const load = useCallback(
    (signal: AbortSignal) => getDashboard({ checkpoint: checkpoint || undefined, date, days: DAYS }, signal),
    [checkpoint, date],
  );
  const [figures, reload] = useApiData(load);
  const checkpoints = useCheckpointList();
  const live = useLiveFigures(reload);
  const placeName = (code: string) => checkpoints.find((c) => c.code === code)?.name ?? code;
  // Today as the server counts it (todayAt): the chosen checkpoint's date, or the earliest of all.
  const zones = checkpoints.filter((c) => checkpoint === '' || c.code === checkpoint).map((c) => c.timeZone);
  const todayOf = (shown: string) =>
    date === undefined || zones.length === 0 ? shown : todayAt(zones, new Date());
  // An address the server refused (a stale link's checkpoint, a day to come) is said in words.
  const refusal = unread
    ? 'day-unread'
    : figures.status === 'error'
      ? dashboardRefusal(figures.problem)
      : null;

  return (
    <div className="page dashboard" data-testid="dashboard-page">
      <div className="dashboard-head">
        <h1>{t('dashboard.title')}</h1>
        <LiveBadge state={live} />
      </div>
      <p className="lead">{t('dashboard.lead')}</p>
      <div className="dashboard-checkpoint">
        <SelectField
          id="dashboard-checkpoint"
          label={t('dashboard.checkpoint')}
          value={checkpoint}
          onChange={(code) => ask({ checkpoint: code })}
        >
          <option value="">{t('dashboard.allCheckpoints')}</option>
          {refusal === 'unknown-checkpoint' ? (
            <option value={checkpoint} disabled>
              {t('dashboard.refused.unknownOption', { code: checkpoint })}
            </option>
          ) : null}
          <Options items={checkpoints} value={(c) => c.code} label={(c) => c.name} />
        </SelectField>
      </div>
      {refusal === null ? (
        <LoadableView state={figures} onRetry={reload}>
          {(f) => (
            <>
              <DayChoice date={f.date} today={todayOf(f.date)} onChoose={(day) => ask({ date: day })} />
              <DashboardBody
                figures={f}
                today={todayOf(f.date)}
                waiting={waiting?.(checkpoint)}
                placeName={placeName}
              />
            </>
          )}
        </LoadableView>
      ) : (
        <DashboardRefused
          refusal={refusal}
          checkpoint={checkpoint}
          date={unread ? asked : date}
          onAllCheckpoints={() => ask({ checkpoint: '' })}
          onToday={() => ask({ date: undefined })}
        />
      )}
    </div>
  );
}

function LiveBadge({ state }: { readonly state: LiveState }) {
  const { t } = useTranslation();
  const text =
    state === 'live'
      ? t('dashboard.live.on')
      : state === 'polling'
        ? t('dashboard.live.polling')
        : t('dashboard.live.connecting');
  return (
    <span className={`live-badge live-${state}`} role="status" data-testid="live-state" data-state={state}>
      {text}
    </span>
  );
}

function DashboardBody({
  figures: f,
  today,
  waiting,
  placeName,
}: {
  readonly figures: DashboardFigures;
  readonly today: string;
  readonly waiting: ReactNode;
  readonly placeName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const source = useMemo(() => figureSource(f), [f]);
  const isToday = f.date === today;
  const charts = useMemo(
    () =>
      chartsOf(
        { t, number },
        source,
        { from: f.from, date: f.date, today },
        { locale, countryName, days: DAYS },
      ),
    [t, number, source, f.from, f.date, today, locale, countryName],
  );
  // A day on which no one crossed, was refused or held: said in words, instead of bare axes.
  const empty = HEADLINE.every((h) => source.value(h) === 0);
  const emptyChart = empty ? t('dashboard.empty.chart') : undefined;
  const day = formatDay(f.date, locale);
  // With its zone's offset: the day above is the checkpoint's, this instant is on the reader's clock.
  const asOf = formatDateTime(f.asOf, locale);
  return (
    <>
      <p className="dashboard-asof">
        {isToday
          ? t('dashboard.asOfToday', { date: day, time: asOf })
          : t('dashboard.asOf', { date: day, time: asOf })}
      </p>
      {empty ? (
        <p className="notice notice-info" data-testid="dashboard-empty">
          {isToday ? t('dashboard.empty.today', { date: day }) : t('dashboard.empty.day', { date: day })}
        </p>
      ) : null}
      <Figures
        label={t('dashboard.figuresLabel')}
        items={[
          ...decisionFigures(source.value, number, {
            entries: t('dashboard.figure.entries'),
            exits: t('dashboard.figure.exits'),
            refused: t('dashboard.figure.refused'),
            held: t('dashboard.figure.held'),
          }),
          ...(['entry', 'exit'] as const).map((d) => ({
            id: `people-${d}`,
            label: d === 'entry' ? t('dashboard.figure.peopleIn') : t('dashboard.figure.peopleOut'),
            value: figureText(source.value(dashboardKey.people(d)), number),
            note: t('dashboard.figure.peopleNote', {
              crossings: figureText(source.value(dashboardKey.peopleCrossings(d)), number),
            }),
          })),
        ]}
      />
      {source.published ? (
        <p className="notice notice-info" data-testid="dashboard-published">
          {t('dashboard.published')}
        </p>
      ) : null}
      <EmergencyTotals figures={f} source={source} placeName={placeName} />
      <div className="dashboard-grid">
        <ChartPanel chart={charts.hours} testId="chart-hours" wide empty={emptyChart} />
        <Panel title={t('dashboard.chart.waiting')}>
          <div className="dashboard-waiting" data-testid="waiting-now">
            {waiting ?? <p className="empty">{t('dashboard.waitingNone')}</p>}
          </div>
        </Panel>
        <ChartPanel chart={charts.days} testId="chart-days" />
        <ChartPanel chart={charts.decisions} testId="chart-decisions" empty={emptyChart} />
        <ChartPanel chart={charts.nationalities} testId="chart-nationalities" empty={emptyChart} />
        <ChartPanel chart={charts.ageSex} testId="chart-age-sex" empty={emptyChart} />
        <ChartPanel
          chart={charts.vulnerabilities}
          testId="chart-vulnerabilities"
          empty={
            emptyChart ??
            (source.keys('vulnerability:').length === 0 ? t('dashboard.vulnerabilitiesNone') : undefined)
          }
        />
      </div>
    </>
  );
}

function Panel({
  title,
  wide,
  children,
}: {
  readonly title: string;
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <section className={wide ? 'dashboard-panel wide' : 'dashboard-panel'}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

type ChartPanelProps = {
  /** The panel's heading, the chart's option, and what screen readers hear for it. */
  readonly chart: ChartView;
  readonly testId: string;
  readonly wide?: boolean;
  /** Said instead of the chart when there is nothing to draw. */
  readonly empty?: string | undefined;
};

function ChartPanel({ chart, testId, wide, empty }: ChartPanelProps) {
  const { t } = useTranslation();
  // A chart whose every figure is withheld would draw bare axes: it says so instead.
  const said = empty ?? (chart.allWithheld ? t('dashboard.allWithheld') : undefined);
  return (
    <Panel title={chart.title} wide={wide}>
      {said === undefined ? (
        <Chart option={chart.option} label={chart.description} testId={testId} />
      ) : (
        <p className="empty" data-testid={`${testId}-said`}>
          {said}
        </p>
      )}
    </Panel>
  );
}
