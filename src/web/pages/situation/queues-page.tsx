// Queues and waiting: the latest observation of each figure per checkpoint and side, the recent
// history, and for officers and supervisors the form to enter a new observation.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access';
import { OBSERVATION_KINDS } from '../../../domain/situation';
import { type LatestObservation, situationApi } from '../../api/situation-endpoints';
import { DataTable } from '../../components/data-table';
import { LoadableView } from '../../components/loadable-view';
import { LoadedSection } from '../../components/loaded-section';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { useUser } from '../../session/session';
import { figureName, figureValue, sideName } from './labels';
import { ObservationForm } from './observation-form';
import { HistoryList } from './observation-history';
import './situation.css';
import { PageFrame } from '../../components/page-frame';
import { PageStatus } from '../../components/page-status';
import { useWording } from '../../hooks/use-wording';

const HISTORY_LIMIT = 20;

export function QueuesPage() {
  const { t } = useTranslation();
  const mayObserve = can(useUser().role, 'situation.observe');
  const loadLatest = useCallback((signal: AbortSignal) => situationApi.latest({ signal }), []);
  const loadHistory = useCallback(
    (signal: AbortSignal) => situationApi.observations(HISTORY_LIMIT, { signal }),
    [],
  );
  const [latest, reloadLatest] = useApiData(loadLatest);
  const [history, reloadHistory] = useApiData(loadHistory);
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  const [notice, setNotice] = useWording();

  return (
    <PageFrame
      testId="queues-page"
      className="queues"
      title={t('situation.queues.title')}
      lead={t('situation.queues.lead')}
    >
      <PageStatus notice={notice} />
      {mayObserve ? (
        <LoadableView state={checkpoints} onRetry={reloadCheckpoints}>
          {(list) => (
            <ObservationForm
              checkpoints={list}
              onRecorded={(o) => {
                setNotice((t) => t('situation.queues.recorded', { name: o.checkpoint.name }));
                reloadLatest();
                reloadHistory();
              }}
            />
          )}
        </LoadableView>
      ) : null}
      <LoadedSection
        id="latest-heading"
        title={t('situation.queues.latest')}
        state={latest}
        onRetry={reloadLatest}
        className="panel"
      >
        {(list) => <LatestTable latest={list} />}
      </LoadedSection>
      <LoadedSection
        id="history-heading"
        title={t('situation.queues.history')}
        state={history}
        onRetry={reloadHistory}
        className="panel"
      >
        {(list) => <HistoryList observations={list} />}
      </LoadedSection>
    </PageFrame>
  );
}

function LatestTable({ latest }: { readonly latest: readonly LatestObservation[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (latest.length === 0) return <p className="empty">{t('situation.queues.none')}</p>;
  const rows = [...new Set(latest.map((l) => `${l.checkpoint.code}|${l.side}`))];
  return (
    <DataTable
      testId="latest-observations"
      className="latest-table"
      columns={[
        { label: t('situation.queues.checkpoint') },
        { label: t('situation.queues.side') },
        ...OBSERVATION_KINDS.map((k) => ({ label: figureName(k, t) })),
      ]}
    >
      {rows.map((row) => {
        const cells = latest.filter((l) => `${l.checkpoint.code}|${l.side}` === row);
        const first = cells[0];
        if (!first) return null;
        return (
          <tr key={row}>
            <th scope="row">{first.checkpoint.name}</th>
            <td>{sideName(first.side, t)}</td>
            {OBSERVATION_KINDS.map((k) => {
              const cell = cells.find((c) => c.kind === k);
              return (
                <td
                  key={k}
                  title={
                    cell
                      ? formatDateTime(cell.observedAt, locale, cell.checkpoint.timeZone, 'minute')
                      : undefined
                  }
                >
                  {cell ? figureValue(k, cell.value, locale, t) : '—'}
                  {cell ? (
                    <small className="cell-time">
                      {unbrokenParts(
                        formatDateTime(cell.observedAt, locale, cell.checkpoint.timeZone, 'minute'),
                      )}
                    </small>
                  ) : null}
                </td>
              );
            })}
          </tr>
        );
      })}
    </DataTable>
  );
}

/**
 * A time that may wrap after its date but not inside its clock: "7 dic 2026," over "07:00 GMT-3"
 * (it broke inside the offset, "GMT-" over "3"); kept whole, it pushed the table past a tablet's width.
 */
function unbrokenParts(time: string) {
  const at = time.lastIndexOf(', ');
  if (at < 0) return <span className="nowrap">{time}</span>;
  return (
    <>
      <span className="nowrap">{time.slice(0, at + 1)}</span>{' '}
      <span className="nowrap">{time.slice(at + 2)}</span>
    </>
  );
}
