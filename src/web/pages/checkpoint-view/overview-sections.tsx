// The plain parts of the supervisor's view: today's decisions as figures, the open referrals, the
// booths with the officers who recorded there, and crossings per booth and local hour.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localHour } from '../../../domain/crossings';
import type { Overview, Referral } from '../../api/views-endpoints';
import { DataTable } from '../../components/data-table';
import { Figures } from '../../components/figures';
import { TableWrap } from '../../components/scroll-box';
import { UnbrokenCode } from '../../components/unbroken-code';
import { formatDateTime, formatDayAndTime, formatNumber } from '../../format/format';
import { fullName } from '../../format/person-name';
import { useLocale } from '../../hooks/use-locale';
import { PATHS } from '../../routes';
import { ReferralFacts } from '../referrals/referral-facts';

export function DecisionFigures({ decisions }: { readonly decisions: Overview['decisions'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <Figures
      label={t('overview.decisions.title')}
      items={[
        { id: 'admitted', label: t('overview.decisions.admitted'), value: n(decisions.admitted) },
        {
          id: 'admitted-transit',
          label: t('overview.decisions.transit'),
          value: n(decisions['admitted-transit']),
        },
        {
          id: 'referred-protection',
          label: t('overview.decisions.protection'),
          value: n(decisions['referred-protection']),
        },
        { id: 'refused', label: t('overview.decisions.refused'), value: n(decisions.refused) },
        { id: 'held', label: t('overview.decisions.held'), value: n(decisions.held) },
        { id: 'tallied', label: t('overview.decisions.tallied'), value: n(decisions.tallied) },
      ]}
    />
  );
}

/** How many open referrals the view lists; the referrals page has them all. */
export const REFERRALS_SHOWN = 12;

export function OpenReferrals({
  checkpoint,
  referrals,
}: {
  /** The checkpoint's code: the link to the queue opens it at this checkpoint. */
  readonly checkpoint: string;
  readonly referrals: readonly Referral[];
}) {
  const { t } = useTranslation();
  if (referrals.length === 0) return <p className="empty">{t('overview.referrals.none')}</p>;
  // Oldest first, as the API gives them: the people waiting longest are the ones to act on.
  const shown = referrals.slice(0, REFERRALS_SHOWN);
  return (
    <>
      <ul className="referral-list overview-referrals">
        {shown.map((r) => (
          <li key={r.id}>
            <article className="card referral" data-testid="overview-referral">
              <h3>{fullName(r.person) || t('referrals.noName')}</h3>
              <ReferralFacts referral={r} />
            </article>
          </li>
        ))}
      </ul>
      {referrals.length > shown.length && (
        <p data-testid="overview-referrals-more">
          {t('overview.referrals.more', { shown: shown.length, count: referrals.length })}{' '}
          <Link to={`${PATHS.referrals}?${new URLSearchParams({ checkpoint })}`}>
            {t('overview.referrals.all')}
          </Link>
        </p>
      )}
    </>
  );
}

export function BoothsTable({ overview }: { readonly overview: Overview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zone = overview.checkpoint.timeZone;
  // The day in the text itself, not only in the title a keyboard or a phone never shows: a booth last
  // heard from yesterday at 14:05 must not read as active today. "Today" is the checkpoint's.
  const last = (iso: string) => {
    const when = formatDayAndTime(iso, overview.today, locale, zone);
    if (when.day === 'today') return when.time;
    if (when.day === 'yesterday') return t('overview.booths.lastYesterday', { time: when.time });
    return t('overview.booths.lastOn', { date: when.date, time: when.time });
  };
  return (
    <DataTable
      testId="overview-booths"
      caption={t('overview.booths.title')}
      columns={[
        { label: t('overview.booths.booth') },
        { label: t('overview.booths.officers') },
        { label: t('overview.booths.last') },
      ]}
    >
      {overview.booths.map((b) => (
        <tr key={b.code ?? ''} data-booth={b.code ?? ''}>
          <th scope="row" className="row-heading">
            {/* A code is never split at its hyphen (CH-/01). */}
            {b.code === null ? t('overview.booths.noBooth') : <UnbrokenCode>{b.code}</UnbrokenCode>}
          </th>
          <td>
            {b.officers.length === 0
              ? t('overview.booths.nobody')
              : b.officers.map((o) => o.displayName).join(', ')}
          </td>
          <td className="nowrap">
            {b.lastEventAt === null ? (
              t('common.notApplicable')
            ) : (
              <time dateTime={b.lastEventAt} title={formatDateTime(b.lastEventAt, locale, zone)}>
                {last(b.lastEventAt)}
              </time>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The local hours from `from` to `to`, newest first, each once (a repeated hour of a clock change too). */
function hoursOf(overview: Overview): { date: string; hour: number }[] {
  const out = new Map<string, { date: string; hour: number }>();
  const end = Date.parse(overview.to);
  for (let at = end; at > Date.parse(overview.from) - 3600_000; at -= 3600_000) {
    const h = localHour(new Date(at), overview.checkpoint.timeZone);
    out.set(`${h.date}|${h.hour}`, h);
  }
  return [...out.values()];
}

export function HourlyTable({ overview }: { readonly overview: Overview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  // Booths in the checkpoint's order, then any the hours name that it no longer lists.
  const active = new Set(overview.hourly.map((c) => c.boothCode));
  const booths = [
    ...new Set([...overview.booths.map((b) => b.code).filter((code) => active.has(code)), ...active]),
  ];
  if (booths.length === 0) return <p className="empty">{t('overview.hourly.none')}</p>;
  const crossed = (date: string, hour: number, booth?: string | null) =>
    overview.hourly
      .filter((c) => c.date === date && c.hour === hour && (booth === undefined || c.boothCode === booth))
      .reduce((sum, c) => sum + c.registered + c.tallied, 0);
  return (
    <>
      <p className="hint">{t('overview.hourly.hint')}</p>
      <TableWrap label={t('overview.hourly.title')}>
        <table className="table" data-testid="overview-hourly">
          <caption className="visually-hidden">{t('overview.hourly.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.hourly.hour')}</th>
              {booths.map((b) => (
                <th scope="col" className="num" key={b ?? ''}>
                  {b === null ? t('overview.booths.noBooth') : <span className="nowrap">{b}</span>}
                </th>
              ))}
              <th scope="col" className="num">
                {t('overview.hourly.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {hoursOf(overview).map(({ date, hour }) => (
              <tr key={`${date}|${hour}`} data-hour={hour}>
                <th scope="row" className="nowrap">
                  {t('overview.hourly.span', {
                    from: String(hour).padStart(2, '0'),
                    to: String((hour + 1) % 24).padStart(2, '0'),
                  })}
                </th>
                {booths.map((b) => (
                  <td
                    className={crossed(date, hour, b) === 0 ? 'num hourly-none' : 'num'}
                    key={b ?? ''}
                    data-booth={b ?? ''}
                  >
                    {n(crossed(date, hour, b))}
                  </td>
                ))}
                <td className="num">{n(crossed(date, hour))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
