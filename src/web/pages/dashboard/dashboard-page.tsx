// The situation dashboard: today's crossings by hour, decisions, nationalities, age and sex,
// vulnerabilities and the days before, for every role of situation.read. Aggregates only: no names,
// no screening. Live: the figures are read again whenever the server says they changed.
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardKey } from '../../../domain/reports';
import { Chart, type ChartOption } from '../../components/chart';
import { Figures } from '../../components/figures';
import { LoadableView } from '../../components/loadable-view';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { formatDay } from '../booth/days';
import { type DashboardFigures, figureSource, figureText, getDashboard } from './dashboard-api';
import {
  ageSexOption,
  daysOption,
  decisionsOption,
  hoursOption,
  nationalitiesOption,
  vulnerabilitiesOption,
} from './dashboard-charts';
import { decisionFigures } from './decision-figures';
import { EmergencyTotals } from './emergency-totals';
import { type LiveState, useLiveFigures } from './use-live-figures';
import './dashboard.css';
import { Options } from '../../components/options';

const DAYS = 7;

type Props = {
  /** People waiting now at the checkpoint chosen ('' for all), from the situation area's observations. */
  readonly waiting?: (checkpoint: string) => ReactNode;
};

export function DashboardPage({ waiting }: Props) {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const [checkpoint, setCheckpoint] = useState<string>('');
  const load = useCallback(
    (signal: AbortSignal) => getDashboard({ checkpoint: checkpoint || undefined, days: DAYS }, signal),
    [checkpoint],
  );
  const [figures, reload] = useApiData(load);
  const checkpoints = useCheckpointList();
  const live = useLiveFigures(reload);
  const placeName = (code: string) => checkpoints.find((c) => c.code === code)?.name ?? code;

  return (
    <div className="page dashboard" data-testid="dashboard-page">
      <div className="dashboard-head">
        <h1>{t('dashboard.title')}</h1>
        <LiveBadge state={live} />
      </div>
      <p className="lead">{t('dashboard.lead')}</p>
      <label className="dashboard-checkpoint">
        <span>{t('dashboard.checkpoint')}</span>
        <select value={checkpoint} onChange={(e) => setCheckpoint(e.target.value)}>
          <option value="">{t('dashboard.allCheckpoints')}</option>
          <Options items={checkpoints} value={(c) => c.code} label={(c) => c.name} />
        </select>
      </label>
      <LoadableView state={figures} onRetry={reload}>
        {(f) => <DashboardBody figures={f} waiting={waiting?.(checkpoint)} placeName={placeName} />}
      </LoadableView>
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
  waiting,
  placeName,
}: {
  readonly figures: DashboardFigures;
  readonly waiting: ReactNode;
  readonly placeName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const source = useMemo(() => figureSource(f), [f]);
  const options = useMemo(() => {
    const words = { t, number };
    return {
      hours: hoursOption(words, source),
      days: daysOption(words, source, f, locale),
      decisions: decisionsOption(words, source),
      nationalities: nationalitiesOption(words, source, countryName),
      ageSex: ageSexOption(words, source),
      vulnerabilities: vulnerabilitiesOption(words, source),
    };
  }, [t, number, source, f, locale, countryName]);
  // With its zone's offset: the day above is the checkpoint's, this instant is on the reader's clock.
  const asOf = formatDateTime(f.asOf, locale);
  return (
    <>
      <p className="dashboard-asof">{t('dashboard.asOf', { date: formatDay(f.date, locale), time: asOf })}</p>
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
        <ChartPanel title={t('dashboard.chart.hours')} option={options.hours} testId="chart-hours" wide />
        <Panel title={t('dashboard.chart.waiting')}>
          <div className="dashboard-waiting" data-testid="waiting-now">
            {waiting ?? <p className="empty">{t('dashboard.waitingNone')}</p>}
          </div>
        </Panel>
        <ChartPanel
          title={t('dashboard.chart.days', { days: DAYS })}
          option={options.days}
          testId="chart-days"
        />
        <ChartPanel
          title={t('dashboard.chart.decisions')}
          option={options.decisions}
          testId="chart-decisions"
        />
        <ChartPanel
          title={t('dashboard.chart.nationalities')}
          option={options.nationalities}
          testId="chart-nationalities"
        />
        <ChartPanel title={t('dashboard.chart.ageSex')} option={options.ageSex} testId="chart-age-sex" />
        <ChartPanel
          title={t('dashboard.chart.vulnerabilities')}
          option={options.vulnerabilities}
          testId="chart-vulnerabilities"
          empty={source.keys('vulnerability:').length === 0 ? t('dashboard.vulnerabilitiesNone') : undefined}
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
  /** The panel's heading, and the chart's name for screen readers. */
  readonly title: string;
  readonly option: ChartOption;
  readonly testId: string;
  readonly wide?: boolean;
  /** Said instead of the chart when there is nothing to draw. */
  readonly empty?: string | undefined;
};

function ChartPanel({ title, option, testId, wide, empty }: ChartPanelProps) {
  return (
    <Panel title={title} wide={wide}>
      {empty === undefined ? (
        <Chart option={option} label={title} testId={testId} />
      ) : (
        <p className="empty">{empty}</p>
      )}
    </Panel>
  );
}
