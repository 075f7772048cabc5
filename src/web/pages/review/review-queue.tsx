// The frame both review queues share: the status kept in the address, the tabs between the queues,
// the filter and refresh, the live line that announces each review, how many wait, the list.
import { type ReactNode, type RefObject, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import type { ApiResult } from '../../api/client';
import type { Checkpoint } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { formatNumber } from '../../format/format';
import { type Loadable, useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { useWording, type Wording } from '../../hooks/use-wording';
import { PATHS } from '../../routes';
import { QueueToolbar } from './review-parts';

/** How many items a queue shows at once; the next ones come as these are reviewed. */
export const QUEUE_SHOWN = 50;

/** The first items of a queue in one state, and how many it holds in that state. */
export type QueuePage<T> = { readonly items: readonly T[]; readonly total: number };

export type ReviewQueueState<S extends string, T> = {
  readonly statuses: readonly S[];
  readonly status: S;
  readonly choose: (status: S) => void;
  readonly items: Loadable<QueuePage<T>>;
  readonly reload: () => void;
  readonly checkpoints: readonly Checkpoint[];
  readonly notice: string | null;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  /**
   * Says what a review did, reloads the queue and takes focus back to the page's heading. The words
   * are kept as a way to word them: a switch of language after the review says them again.
   */
  readonly announce: (message: Wording) => void;
};

/**
 * A queue's state; the first status is the default, left out of the address. `load` must be stable
 * (module-level or useCallback), as for useApiData.
 */
export function useReviewQueue<S extends string, T>(
  statuses: readonly [S, ...S[]],
  load: (status: S, signal: AbortSignal) => Promise<ApiResult<QueuePage<T>>>,
): ReviewQueueState<S, T> {
  const [params, setParams] = useSearchParams();
  const first = statuses[0];
  const status = statuses.find((s) => s === params.get('status')) ?? first;
  const loadItems = useCallback((signal: AbortSignal) => load(status, signal), [load, status]);
  const [items, reload] = useApiData(loadItems);
  const checkpoints = useCheckpointList();
  const [notice, setNotice] = useWording();
  const heading = useRef<HTMLHeadingElement>(null);
  return {
    statuses,
    status,
    choose: (s) => {
      setNotice(null);
      setParams(s === first ? {} : { status: s });
    },
    items,
    reload,
    checkpoints,
    notice,
    heading,
    announce: (message) => {
      setNotice(message);
      reload();
      heading.current?.focus();
    },
  };
}

type QueueProps<S extends string, T> = {
  readonly queue: ReviewQueueState<S, T>;
  readonly testId: string;
  readonly title: string;
  readonly intro: string;
  readonly filterId: string;
  readonly statusName: (status: S) => string;
  readonly empty: string;
  /** How many the queue holds in the state shown, in words ("3 coincidencias por revisar"). */
  readonly totalText: (count: number, formatted: string) => string;
  readonly listLabel: string;
  readonly renderItem: (item: T) => ReactNode;
  /** Shown between the introduction and the filter (the duplicates' population-wide search). */
  readonly children?: ReactNode;
};

export function ReviewQueue<S extends string, T extends { readonly id: string }>(props: QueueProps<S, T>) {
  const { queue, testId, title, intro, filterId, statusName, empty, totalText, listLabel, renderItem } =
    props;
  const locale = useLocale();
  usePageTitle(title);
  return (
    <div className="page review" data-testid={testId}>
      <h1 ref={queue.heading} tabIndex={-1}>
        {title}
      </h1>
      <ReviewTabs />
      <p className="lead">{intro}</p>
      {props.children}
      <QueueToolbar
        id={filterId}
        value={queue.status}
        options={queue.statuses.map((s) => ({ value: s, label: statusName(s) }))}
        onChange={queue.choose}
        onRefresh={queue.reload}
        notice={queue.notice}
      />
      <LoadableView state={queue.items} onRetry={queue.reload}>
        {({ items: list, total }) =>
          list.length === 0 && total === 0 ? (
            <p className="empty">{empty}</p>
          ) : (
            <>
              <p className="review-count" data-testid="queue-total">
                {totalText(total, formatNumber(total, locale))}
              </p>
              {total > list.length ? <QueueMore shown={list.length} /> : null}
              <ol className="review-list" aria-label={listLabel}>
                {list.map((item) => (
                  <li key={item.id}>{renderItem(item)}</li>
                ))}
              </ol>
            </>
          )
        }
      </LoadableView>
    </div>
  );
}

function QueueMore({ shown }: { readonly shown: number }) {
  const { t } = useTranslation();
  return (
    <p className="hint" data-testid="queue-more">
      {t('review.more', { shown })}
    </p>
  );
}

function ReviewTabs() {
  const { t } = useTranslation();
  return (
    <nav className="review-tabs" aria-label={t('review.tabs')}>
      <NavLink to={PATHS.reviewScreening} className="review-tab">
        {t('review.screening.tab')}
      </NavLink>
      <NavLink to={PATHS.reviewDuplicates} className="review-tab">
        {t('review.duplicates.tab')}
      </NavLink>
    </nav>
  );
}
