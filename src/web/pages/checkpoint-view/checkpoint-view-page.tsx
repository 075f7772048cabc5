// The supervisor's view of a checkpoint: today's decisions, held cases to resolve, open protection
// referrals, booths with the officers on duty, and crossings per booth and hour. It opens where the
// supervisor is needed, or where they last chose (opening-checkpoint.ts), and reloads itself every 30
// seconds, keeping what it shows until the new answer arrives.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Checkpoint } from '../../api/types';
import { type Overview, viewsApi } from '../../api/views-endpoints';
import { LoadableView } from '../../components/loadable-view';
import { CheckpointField } from '../../components/place-fields';
import { ProblemMessage } from '../../components/problem-message';
import { RefreshButton } from '../../components/refresh-button';
import { SelectField } from '../../components/select-field';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { useUser } from '../../session/session';
import { ConflictsSection } from './conflicts-section';
import { HeldCases } from './held-cases';
import { keepCheckpoint, openingCheckpoint, recallCheckpoint } from './opening-checkpoint';
import { BoothsTable, DecisionFigures, HourlyTable, OpenReferrals } from './overview-sections';
import './checkpoint-view.css';
import { Options } from '../../components/options';
import { PageFrame } from '../../components/page-frame';

const RELOAD_MS = 30_000;
const HOURS = [6, 12, 24] as const;
const loadWaiting = (signal: AbortSignal) => viewsApi.getWaiting({ signal });

export function CheckpointViewPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  // Read once per visit: the view stays where it opened while the counts change.
  const [waiting] = useApiData(loadWaiting);
  // The checkpoint and period live in the address, so a reload or a shared link shows the same view.
  const [params, setParams] = useSearchParams();
  const hours = HOURS.find((h) => String(h) === params.get('hours')) ?? 12;
  const list: readonly Checkpoint[] = checkpoints.status === 'ok' ? checkpoints.value : [];
  const opening = openingCheckpoint(
    list,
    {
      asked: params.get('checkpoint'),
      kept: recallCheckpoint(window.sessionStorage, user.id),
      assigned: user.checkpointIds,
    },
    waiting.status === 'loading' ? undefined : waiting.status === 'ok' ? waiting.value : [],
  );
  const code = opening ?? null;
  const choose = (checkpoint: string | null, period: number) => {
    // The supervisor's own choice is kept: the view opens there again, from the menu too.
    if (checkpoint !== null && checkpoint !== code)
      keepCheckpoint(window.sessionStorage, user.id, checkpoint);
    setParams({
      ...(checkpoint === null ? {} : { checkpoint }),
      ...(period === 12 ? {} : { hours: String(period) }),
    });
  };
  const load = useCallback(
    (signal: AbortSignal) =>
      code === null ? new Promise<never>(() => undefined) : viewsApi.getOverview(code, hours, { signal }),
    [code, hours],
  );
  const [overview, reload] = useApiData(load);
  useEffect(() => {
    const id = window.setInterval(reload, RELOAD_MS);
    return () => window.clearInterval(id);
  }, [reload]);

  return (
    <PageFrame testId="checkpoint-view" className="checkpoint-view" title={t('overview.title')}>
      <div className="overview-toolbar">
        <CheckpointField
          id="overview-checkpoint"
          label={t('overview.checkpoint')}
          checkpoints={list}
          by="code"
          value={code}
          onChange={(chosen) => choose(chosen, hours)}
        />
        <SelectField
          id="overview-hours"
          label={t('overview.hours')}
          value={String(hours)}
          onChange={(h) => choose(code, Number(h))}
        >
          <Options items={HOURS} value={(h) => h} label={(h) => t('overview.lastHours', { count: h })} />
        </SelectField>
        <RefreshButton onClick={reload} />
      </div>
      {checkpoints.status === 'error' ? (
        <ProblemMessage problem={checkpoints.problem} onRetry={reloadCheckpoints} />
      ) : null}
      <LoadableView state={overview} onRetry={reload}>
        {(value) => <OverviewBody overview={value} onChanged={reload} />}
      </LoadableView>
    </PageFrame>
  );
}

function OverviewBody({
  overview,
  onChanged,
}: {
  readonly overview: Overview;
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zone = overview.checkpoint.timeZone;
  // A case resolved leaves the list, and its button with it: focus goes to the list's heading, from
  // where the next Tab reaches the next case, not to the page's top.
  const heldHeading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <p className="as-of" data-testid="overview-as-of">
        {t('overview.asOf', { when: formatDateTime(overview.to, locale, zone) })}
      </p>
      <section aria-labelledby="overview-decisions">
        <h2 id="overview-decisions">{t('overview.decisions.title')}</h2>
        <DecisionFigures decisions={overview.decisions} />
      </section>
      <section aria-labelledby="overview-held">
        <h2 id="overview-held" tabIndex={-1} ref={heldHeading}>
          {t('overview.held.title', { count: overview.held.length })}
        </h2>
        <HeldCases
          overview={overview}
          onResolved={() => {
            onChanged();
            heldHeading.current?.focus();
          }}
        />
      </section>
      <ConflictsSection
        checkpoint={overview.checkpoint.code}
        timeZone={zone}
        version={overview.to}
        onSettled={onChanged}
      />
      <section aria-labelledby="overview-referrals">
        <h2 id="overview-referrals">{t('overview.referrals.title', { count: overview.referrals.length })}</h2>
        <OpenReferrals checkpoint={overview.checkpoint.code} referrals={overview.referrals} />
      </section>
      <section aria-labelledby="overview-booths">
        <h2 id="overview-booths">{t('overview.booths.title')}</h2>
        <BoothsTable overview={overview} />
      </section>
      <section aria-labelledby="overview-hourly">
        <h2 id="overview-hourly">{t('overview.hourly.title')}</h2>
        <HourlyTable overview={overview} />
      </section>
    </>
  );
}
