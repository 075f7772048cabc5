// The shelter beds a surge needs (docs/forecast.md, "Shelter beds"): night by night, the beds needed
// at the checkpoint's shelters against their beds, the nights short of beds said first, with the
// interval and the assumptions, which the planner can change. For those who read the shelters'
// occupancy (care.read), humanitarian partners among them.
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHELTER_REACH_KM } from '../../../domain/forecast';
import { Chart } from '../../components/chart';
import { DataTable } from '../../components/data-table';
import { LoadableView } from '../../components/loadable-view';
import { Options } from '../../components/options';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { type ForecastDirection, getShelterBeds, type ShelterBeds } from './forecast-api';
import { bedsOption, nightLabel } from './forecast-beds-chart';
import { type BedAssumptionsAsk, BedAssumptionsForm } from './forecast-beds-form';

const NIGHTS = [1, 2, 3, 4, 5, 6, 7];

export function BedsSection({
  checkpoint,
  direction,
}: {
  readonly checkpoint: string;
  readonly direction: ForecastDirection;
}) {
  const { t } = useTranslation();
  const [nights, setNights] = useState(3);
  const [ask, setAsk] = useState<BedAssumptionsAsk>({});
  const { shareStaying, shareStayingChildren, stayNights } = ask;
  const load = useCallback(
    (signal: AbortSignal) =>
      getShelterBeds(
        { checkpoint, direction, nights, shareStaying, shareStayingChildren, stayNights },
        signal,
      ),
    [checkpoint, direction, nights, shareStaying, shareStayingChildren, stayNights],
  );
  const [beds, reload] = useApiData(load);
  return (
    <section
      className="panel forecast-beds"
      aria-labelledby="forecast-beds-title"
      data-testid="forecast-beds"
    >
      <h2 id="forecast-beds-title">{t('forecast.beds.title')}</h2>
      <p className="hint">{t('forecast.beds.lead')}</p>
      <label className="forecast-ask">
        <span>{t('forecast.beds.nights')}</span>
        <select value={String(nights)} onChange={(e) => setNights(Number(e.target.value))}>
          <Options
            items={NIGHTS}
            value={(n) => n}
            label={(n) => t('forecast.beds.nightsAhead', { count: n })}
          />
        </select>
      </label>
      <LoadableView state={beds} onRetry={reload}>
        {(b) => <BedsBody beds={b} asked={Object.keys(ask).length > 0} onAsk={setAsk} />}
      </LoadableView>
    </section>
  );
}

/** The beds once they are in: the nights short of beds, the shelters, the assumptions, chart and table. */
export function BedsBody({
  beds: b,
  asked = false,
  onAsk,
}: {
  readonly beds: ShelterBeds;
  readonly asked?: boolean;
  readonly onAsk?: ((ask: BedAssumptionsAsk) => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const option = useMemo(() => bedsOption(t, b, locale), [t, b, locale]);
  const percent = Math.round(b.level * 100);
  const count = (n: number) => (n > 0 ? number.format(n) : t('forecast.beds.none'));
  return (
    <>
      <Outlook t={t} beds={b} locale={locale} />
      <p data-testid="forecast-beds-shelters">
        {b.shelters.length === 0
          ? t('forecast.beds.noShelters', { km: SHELTER_REACH_KM, checkpoint: b.checkpoint.name })
          : t('forecast.beds.shelters', {
              count: b.shelters.length,
              names: b.shelters.map((s) => s.name).join(', '),
              occupied: number.format(b.occupiedNow),
              capacity: number.format(b.capacity),
              km: SHELTER_REACH_KM,
            })}
      </p>
      {b.basisDays === 0 ? (
        <p className="notice notice-info" role="status">
          {t('forecast.beds.noForecast')}
        </p>
      ) : null}
      <p className="hint" data-testid="forecast-beds-assumptions">
        {t('forecast.beds.assumptions', {
          adults: decimal.format(b.shareStaying * 100),
          children: decimal.format(b.shareStayingChildren * 100),
          count: b.stayNights,
          stay: decimal.format(b.stayNights),
          childShare: Math.round(b.childShare * 100),
          cutoff: b.cutoffHour,
        })}
      </p>
      {onAsk === undefined ? null : (
        <BedAssumptionsForm
          key={`${b.shareStaying}-${b.shareStayingChildren}-${b.stayNights}`}
          beds={b}
          asked={asked}
          onAsk={onAsk}
        />
      )}
      <Chart option={option} label={t('forecast.beds.chart.title')} testId="forecast-beds-chart" />
      <p className="hint">{t('forecast.beds.table.hint', { cutoff: b.cutoffHour })}</p>
      <DataTable
        testId="forecast-beds-table"
        columns={[
          { label: t('forecast.beds.table.night') },
          { label: t('forecast.beds.table.needed'), className: 'num' },
          // What is missing beside what is needed: on a phone the first columns are what shows.
          { label: t('forecast.beds.table.short'), className: 'num' },
          { label: t('forecast.beds.table.capacity'), className: 'num' },
          { label: t('forecast.beds.table.interval', { percent }), className: 'num' },
          { label: t('forecast.beds.table.shortHigh'), className: 'num' },
          { label: t('forecast.beds.table.arrivals'), className: 'num' },
          { label: t('forecast.beds.table.stayingOn'), className: 'num' },
        ]}
      >
        {b.nights.map((n) => (
          <tr key={n.date} className={n.short > 0 ? 'forecast-short' : undefined}>
            <td className="nowrap">{nightLabel(n.date, locale)}</td>
            <td className="num">{number.format(n.expected)}</td>
            <td className="num">{n.short > 0 ? <strong>{number.format(n.short)}</strong> : count(0)}</td>
            <td className="num">{number.format(b.capacity)}</td>
            <td className="num nowrap">
              {t('forecast.table.range', { low: number.format(n.low), high: number.format(n.high) })}
            </td>
            <td className="num">{count(n.shortHigh)}</td>
            <td className="num">{number.format(n.arrivals.mean)}</td>
            <td className="num">{number.format(n.stayingOn)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** The nights short of beds, first: with the arrivals expected, or only if as many come as the upper end. */
function Outlook({
  t,
  beds: b,
  locale,
}: {
  readonly t: TFunction;
  readonly beds: ShelterBeds;
  readonly locale: string;
}) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const list = (pick: (n: ShelterBeds['nights'][number]) => number) =>
    b.nights
      .filter((n) => pick(n) > 0)
      .map((n) =>
        t('forecast.beds.shortNight', {
          night: nightLabel(n.date, locale),
          count: pick(n),
          beds: number.format(pick(n)),
        }),
      )
      .join('; ');
  const short = b.nights.filter((n) => n.short > 0).length;
  // The nights short only if as many come as the interval's upper end.
  const onlyHigh = (n: ShelterBeds['nights'][number]) => (n.short > 0 ? 0 : n.shortHigh);
  if (short > 0)
    return (
      <p className="notice notice-warning" data-testid="forecast-beds-outlook">
        {t('forecast.beds.short', { count: short, nights: list((n) => n.short) })}
        {b.nights.some((n) => onlyHigh(n) > 0)
          ? ` ${t('forecast.beds.shortHighToo', { nights: list(onlyHigh) })}`
          : null}
      </p>
    );
  if (b.nights.some((n) => n.shortHigh > 0))
    return (
      <p className="notice notice-info" data-testid="forecast-beds-outlook">
        {t('forecast.beds.shortHigh', { nights: list((n) => n.shortHigh) })}
      </p>
    );
  return (
    <p className="notice notice-ok" data-testid="forecast-beds-outlook">
      {t('forecast.beds.enough', { count: b.nights.length })}
    </p>
  );
}
