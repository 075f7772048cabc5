// The arrivals forecast: for a checkpoint, the people expected in each hour ahead with an interval,
// and the booths needed to keep the wait to a target (GET /api/forecast; docs/forecast.md).
// Aggregates only, for every role of situation.read; and, for those who read the shelters, the beds
// the arrivals need at the checkpoint's shelters (GET /api/forecast/shelter-beds).

import type { TFunction } from 'i18next';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access';
import { Chart } from '../../components/chart';
import { DataTable } from '../../components/data-table';
import { LoadableView } from '../../components/loadable-view';
import { Options } from '../../components/options';
import { useZoneName } from '../../format/time-zone-names';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUser } from '../../session/session';
import { type Forecast, type ForecastAsk, type ForecastDirection, getForecast } from './forecast-api';
import { BedsSection } from './forecast-beds';
import { forecastOption, hourLabels } from './forecast-chart';
import { type LineAsk, LineSection } from './forecast-line';
import './forecast.css';

const DIRECTIONS: readonly ForecastDirection[] = ['both', 'entry', 'exit'];
const HORIZONS = [24, 48, 72];
const SERVICE_MINUTES = [2, 3, 4, 5, 6, 8, 10, 15];
const TARGET_WAITS = [15, 30, 45, 60, 90, 120];

export function ForecastPage() {
  const { t } = useTranslation();
  usePageTitle(t('forecast.title'));
  const checkpoints = useCheckpointList();
  const [checkpoint, setCheckpoint] = useState('');
  const [direction, setDirection] = useState<ForecastDirection>('both');
  const [hours, setHours] = useState(24);
  const [serviceMinutes, setServiceMinutes] = useState(4);
  const [targetWaitMinutes, setTargetWaitMinutes] = useState(30);
  // The line's start as typed; what the commander typed belongs to one checkpoint and direction.
  const [line, setLine] = useState<LineAsk>({});
  const chosen = checkpoint || checkpoints[0]?.code || '';
  const mayReadShelters = can(useUser().role, 'care.read');
  const minutes = (n: number) => t('forecast.minutes', { count: n });

  return (
    <div className="page forecast" data-testid="forecast-page">
      <h1>{t('forecast.title')}</h1>
      <p className="lead">{t('forecast.lead')}</p>
      <div className="forecast-asks">
        <Ask
          label={t('forecast.checkpoint')}
          value={chosen}
          onChange={(v) => {
            setCheckpoint(v);
            setLine({});
          }}
        >
          <Options items={checkpoints} value={(c) => c.code} label={(c) => c.name} />
        </Ask>
        <Ask
          label={t('forecast.direction.label')}
          value={direction}
          onChange={(v) => {
            setDirection(v as ForecastDirection);
            setLine({});
          }}
        >
          <Options items={DIRECTIONS} value={(d) => d} label={(d) => directionName(t, d)} />
        </Ask>
        <Ask label={t('forecast.hours')} value={String(hours)} onChange={(v) => setHours(Number(v))}>
          <Options items={HORIZONS} value={(h) => h} label={(h) => t('forecast.hoursAhead', { count: h })} />
        </Ask>
        <Ask
          label={t('forecast.service')}
          value={String(serviceMinutes)}
          onChange={(v) => setServiceMinutes(Number(v))}
        >
          <Options items={SERVICE_MINUTES} value={(m) => m} label={minutes} />
        </Ask>
        <Ask
          label={t('forecast.target')}
          value={String(targetWaitMinutes)}
          onChange={(v) => setTargetWaitMinutes(Number(v))}
        >
          <Options items={TARGET_WAITS} value={(m) => m} label={minutes} />
        </Ask>
      </div>
      {chosen === '' ? null : (
        <ForecastView
          ask={{ checkpoint: chosen, direction, hours, serviceMinutes, targetWaitMinutes, ...line }}
          onLine={setLine}
        />
      )}
      {chosen === '' || !mayReadShelters ? null : <BedsSection checkpoint={chosen} direction={direction} />}
    </div>
  );
}

function directionName(t: TFunction, d: ForecastDirection): string {
  if (d === 'entry') return t('forecast.direction.entry');
  if (d === 'exit') return t('forecast.direction.exit');
  return t('forecast.direction.both');
}

function Ask({
  label,
  value,
  onChange,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
}) {
  return (
    <label className="forecast-ask">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </label>
  );
}

function ForecastView({
  ask,
  onLine,
}: {
  readonly ask: ForecastAsk;
  readonly onLine: (ask: LineAsk) => void;
}) {
  const { checkpoint, direction, hours, serviceMinutes, targetWaitMinutes, waitingNow, boothsOpen } = ask;
  const load = useCallback(
    (signal: AbortSignal) =>
      getForecast(
        { checkpoint, direction, hours, serviceMinutes, targetWaitMinutes, waitingNow, boothsOpen },
        signal,
      ),
    [checkpoint, direction, hours, serviceMinutes, targetWaitMinutes, waitingNow, boothsOpen],
  );
  const [forecast, reload] = useApiData(load);
  return (
    <LoadableView state={forecast} onRetry={reload}>
      {(f) => <ForecastBody forecast={f} onLine={onLine} />}
    </LoadableView>
  );
}

/** The forecast once it is in: its total, how it was worked out, the chart and the table. */
export function ForecastBody({
  forecast: f,
  onLine,
}: {
  readonly forecast: Forecast;
  readonly onLine?: ((ask: LineAsk) => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The checkpoint's clock as people name it ("Santiago (Chile, UTC−4; …)"), not its code.
  const zoneName = useZoneName();
  const number = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }), [locale]);
  const option = useMemo(() => forecastOption(t, f, locale), [t, f, locale]);
  if (f.basisDays === 0) {
    return (
      <p className="notice notice-info" role="status" data-testid="forecast-none">
        {t('forecast.none', { checkpoint: f.checkpoint.name })}
      </p>
    );
  }
  const labels = hourLabels(f, locale);
  const percent = Math.round(f.level * 100);
  const booths = (n: number | null) => (n === null ? t('forecast.tooMany') : number.format(n));
  return (
    <>
      <p className="forecast-total" data-testid="forecast-total">
        {t('forecast.total', {
          count: f.hours.length,
          mean: number.format(f.total.mean),
          low: number.format(f.total.low),
          high: number.format(f.total.high),
          percent,
        })}
      </p>
      <p className="hint">
        {t('forecast.basis', { count: f.basisDays, zone: zoneName(f.checkpoint.timeZone) })}{' '}
        {f.dayErrorMeasured ? t('forecast.variation', { error: Math.round(f.dayError * 100) }) : null}
      </p>
      {f.dayErrorMeasured ? null : (
        <p className="notice notice-warning" data-testid="forecast-few-days">
          {t('forecast.fewDays', { count: f.basisDays })}
        </p>
      )}
      <section className="panel forecast-chart">
        <h2>{t('forecast.chart.title')}</h2>
        <Chart option={option} label={t('forecast.chart.title')} testId="forecast-chart" />
      </section>
      <section className="panel">
        <h2>{t('forecast.table.title')}</h2>
        <p className="hint">
          {t('forecast.table.hint', {
            service: f.serviceMinutes,
            target: f.targetWaitMinutes,
            share: Math.round(f.targetShare * 100),
          })}
        </p>
        <DataTable
          testId="forecast-table"
          // The booths needed beside the arrivals they serve: on a phone the table scrolls sideways
          // and its first columns are what shows (the booths, last but one, were out of sight).
          columns={[
            { label: t('forecast.table.hour') },
            { label: t('forecast.table.expected'), className: 'num' },
            { label: t('forecast.table.booths'), className: 'num' },
            { label: t('forecast.table.interval', { percent }), className: 'num' },
            { label: t('forecast.table.boothsHigh'), className: 'num' },
          ]}
        >
          {f.hours.map((h, i) => (
            <tr key={`${h.date}-${h.hour}`}>
              <td className="nowrap">{labels[i]}</td>
              <td className="num">{number.format(h.mean)}</td>
              <td className="num">{booths(h.booths)}</td>
              <td className="num nowrap">
                {t('forecast.table.range', { low: number.format(h.low), high: number.format(h.high) })}
              </td>
              <td className="num">{booths(h.boothsHigh)}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <LineSection forecast={f} labels={labels} onAsk={onLine} />
    </>
  );
}
