// A convoy: its times and vehicles (changed here until it leaves), where it is along its corridor (in
// words and on a map), its manifest by vehicle with families together, the manifest builder while it
// is planned, its passengers' travel passes, the boarding check at departure, and the stop log
// through to arrival at the exit point.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../../domain/access';
import { type ConvoyStatus, mayChangePlan } from '../../../domain/transit';
import { type ConvoyDetail, type Passenger, transitApi } from '../../api/transit-endpoints';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { PATHS } from '../../routes';
import { useUser } from '../../session/session';
import { BoardingCheck } from './boarding-check';
import { CancelConvoy } from './cancel-convoy';
import { ConvoyPasses } from './convoy-passes';
import { CorridorRoute } from './corridor-route';
import { ManifestBuilder } from './manifest-builder';
import { PlanChange } from './plan-change';
import { StopLog } from './stop-log';
import { StatusTag, When } from './transit-parts';
import './transit.css';
import { formatDay } from '../../format/format';
import { fullName } from '../../format/person-name';
import { useLocale } from '../../hooks/use-locale';

// Passes are for passengers who may still travel: none once the convoy arrived or was cancelled.
const STILL_TRAVELS: ReadonlySet<ConvoyStatus> = new Set(['planned', 'boarding', 'departed']);

export function ConvoyPage() {
  const { t } = useTranslation();
  usePageTitle(t('transit.convoy'));
  const [params] = useSearchParams();
  const id = params.get('id') ?? '';
  // An address without a convoy's id names nothing: nothing to ask the server.
  return id === '' ? <NoSuchConvoy /> : <ConvoyView id={id} />;
}

// An address without a convoy's id, or with one no convoy has (mistyped, shared from another server):
// no form was sent and retrying cannot help; the way on is the list.
function NoSuchConvoy() {
  const { t } = useTranslation();
  return (
    <div className="page transit" data-testid="convoy-page">
      <h1>{t('transit.convoy')}</h1>
      <p className="notice notice-warning" data-testid="no-such-convoy">
        {t('transit.noSuchConvoy')}
      </p>
      <p>
        <Link to={PATHS.transit}>{t('transit.toConvoys')}</Link>
      </p>
    </div>
  );
}

function ConvoyView({ id }: { readonly id: string }) {
  const load = useCallback((signal: AbortSignal) => transitApi.convoy(id, { signal }), [id]);
  const [detail, reload] = useApiData(load);
  // After a step, the focus goes to what it changed (named by id) once the page shows the convoy
  // anew: the form or button used is often gone, and the focus with it to the page's top.
  const focusNext = useRef<string | null>(null);
  const logged = useCallback(
    (focus?: string) => {
      focusNext.current = focus ?? null;
      reload();
    },
    [reload],
  );
  useEffect(() => {
    if (detail.status !== 'ok' || focusNext.current === null) return;
    const target = document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
  }, [detail]);
  const role = useUser().role;
  const mayManage = can(role, 'transit.manage');
  // The API issues and prints passes for supervisors only (passes.issue).
  const mayIssuePasses = can(role, 'passes.issue');
  if (detail.status === 'error' && (detail.problem.status === 400 || detail.problem.status === 404)) {
    return <NoSuchConvoy />;
  }
  return (
    <div className="page transit" data-testid="convoy-page">
      <LoadableView state={detail} onRetry={reload}>
        {(d) => (
          <>
            <ConvoyHeader detail={d} />
            {mayManage && mayChangePlan(d.convoy.status) ? (
              <PlanChange detail={d} mayIssuePasses={mayIssuePasses} onChanged={logged} />
            ) : null}
            <CorridorRoute detail={d} />
            <Manifest detail={d} />
            {mayIssuePasses && d.manifest.length > 0 && STILL_TRAVELS.has(d.convoy.status) ? (
              // New times may revoke passes: the list is read again for them.
              <ConvoyPasses key={`${d.convoy.plannedDeparture} ${d.convoy.plannedArrival}`} detail={d} />
            ) : null}
            {mayManage && d.convoy.status === 'planned' ? (
              <ManifestBuilder detail={d} onSaved={logged} />
            ) : null}
            {mayManage &&
            (d.convoy.status === 'planned' || d.convoy.status === 'boarding') &&
            d.manifest.length > 0 ? (
              <BoardingCheck detail={d} onLogged={logged} />
            ) : null}
            {d.convoy.status === 'departed' || d.convoy.status === 'arrived' ? (
              <StopLog detail={d} mayManage={mayManage} onLogged={logged} />
            ) : null}
            {mayManage && (d.convoy.status === 'planned' || d.convoy.status === 'boarding') ? (
              <CancelConvoy detail={d} onCancelled={logged} />
            ) : null}
          </>
        )}
      </LoadableView>
    </div>
  );
}

function ConvoyHeader({ detail }: { readonly detail: ConvoyDetail }) {
  const { t } = useTranslation();
  const c = detail.convoy;
  const n = detail.counts;
  return (
    <header className="convoy-header">
      <h1>
        {t('transit.convoy')} {c.code} <StatusTag status={c.status} />
      </h1>
      <p className="lead">{detail.corridor.name}</p>
      {detail.cancelled ? (
        <p className="notice notice-info" id="convoy-cancelled" tabIndex={-1} data-testid="convoy-cancelled">
          <strong>{t('transit.cancelledOn')}</strong>{' '}
          <When at={detail.cancelled.at} timeZone={c.departureTimeZone} showZone />
          {detail.cancelled.reason === null ? null : `: ${detail.cancelled.reason}`}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('transit.departure')}</dt>
        <dd>
          <When at={c.plannedDeparture} timeZone={c.departureTimeZone} showZone />
        </dd>
        <dt>{t('transit.arrival')}</dt>
        <dd>
          <When at={c.plannedArrival} timeZone={c.arrivalTimeZone} showZone />
        </dd>
        <dt>{t('transit.passengersOfSeats')}</dt>
        <dd data-testid="convoy-seats">
          {t('transit.seatsTaken', { passengers: n.listed, seats: c.seats })}
        </dd>
        <dt>{t('transit.counts')}</dt>
        <dd data-testid="convoy-counts">
          {t('transit.countLine', {
            boarded: n.boarded,
            noShow: n.noShow,
            onBoard: n.onBoard,
            left: n.left,
            arrived: n.arrived,
          })}
        </dd>
      </dl>
    </header>
  );
}

/** Passengers of one vehicle, each family as one block (a family never rides two vehicles). */
function familiesOf(passengers: readonly Passenger[]): Passenger[][] {
  const blocks = new Map<string, Passenger[]>();
  for (const p of passengers) {
    const key = p.familyKey ?? `alone:${p.personId}`;
    blocks.set(key, [...(blocks.get(key) ?? []), p]);
  }
  return [...blocks.values()];
}

function Manifest({ detail }: { readonly detail: ConvoyDetail }) {
  const locale = useLocale();
  const { t } = useTranslation();
  const stateLabel = (p: Passenger) =>
    ({
      listed: t('transit.state.listed'),
      boarded: t('transit.state.boarded'),
      'no-show': t('transit.state.noShow'),
      left: t('transit.state.left'),
      arrived: t('transit.state.arrived'),
    })[p.state];
  return (
    <section aria-labelledby="manifest-title">
      <h2 id="manifest-title" tabIndex={-1}>
        {t('transit.manifest')}
      </h2>
      <div className="vehicles">
        {detail.convoy.vehicles.map((v) => {
          const riding = detail.manifest.filter((p) => p.plate === v.plate);
          return (
            <article key={v.plate} className="panel vehicle" data-testid="vehicle" data-plate={v.plate}>
              <h3>
                {v.plate} · {t('transit.seatsTaken', { passengers: riding.length, seats: v.seats })}
              </h3>
              {riding.length === 0 ? <p className="empty">{t('transit.emptyVehicle')}</p> : null}
              {familiesOf(riding).map((family) => (
                <ul key={family[0]?.personId} className={family.length > 1 ? 'family' : 'alone'}>
                  {family.length > 1 ? (
                    <li className="family-label">{t('transit.family', { count: family.length })}</li>
                  ) : null}
                  {family.map((p) => (
                    <li key={p.personId} data-testid="passenger">
                      <span>{fullName(p)}</span>{' '}
                      <small>{p.birthDate === null ? '' : formatDay(p.birthDate, locale)}</small>{' '}
                      <span className={`tag state-${p.state}`}>{stateLabel(p)}</span>
                      {p.eligible ? null : (
                        <>
                          {' '}
                          <span className="tag not-eligible">{t('transit.noLongerEligible')}</span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              ))}
            </article>
          );
        })}
      </div>
    </section>
  );
}
