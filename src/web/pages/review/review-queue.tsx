// The frame both review queues share: the status kept in the address, the tabs between the queues,
// the filter and refresh, the live line that announces each review, the list.
import { type ReactNode, type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import type { ApiResult } from '../../api/client';
import type { Checkpoint } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { type Loadable, useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { usePageTitle } from '../../hooks/use-page-title';
import { PATHS } from '../../routes';
import { QueueToolbar } from './review-parts';

/** How many items a queue shows at once; the next ones come as these are reviewed. */
const QUEUE_SHOWN = 50;
/** What a queue asks for: one more than it shows, to know whether there are more. */
export const QUEUE_ASK = QUEUE_SHOWN + 1;

export type ReviewQueueState<S extends string, T> = {
  readonly statuses: readonly S[];
  readonly status: S;
  readonly choose: (status: S) => void;
  readonly items: Loadable<readonly T[]>;
  readonly reload: () => void;
  readonly checkpoints: readonly Checkpoint[];
  readonly notice: string | null;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  /** Says what a review did, reloads the queue and takes focus back to the page's heading. */
  readonly announce: (message: string) => void;
};

/**
 * A queue's state; the first status is the default, left out of the address. `load` must be stable
 * (module-level or useCallback), as for useApiData.
 */
export function useReviewQueue<S extends string, T>(
  statuses: readonly [S, ...S[]],
  load: (status: S, signal: AbortSignal) => Promise<ApiResult<readonly T[]>>,
): ReviewQueueState<S, T> {
  const [params, setParams] = useSearchParams();
  const first = statuses[0];
  const status = statuses.find((s) => s === params.get('status')) ?? first;
  const loadItems = useCallback((signal: AbortSignal) => load(status, signal), [load, status]);
  const [items, reload] = useApiData(loadItems);
  const checkpoints = useCheckpointList();
  const [notice, setNotice] = useState<string | null>(null);
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
  readonly listLabel: string;
  readonly renderItem: (item: T) => ReactNode;
  /** Shown between the introduction and the filter (the duplicates' population-wide search). */
  readonly children?: ReactNode;
};

export function ReviewQueue<S extends string, T extends { readonly id: string }>(props: QueueProps<S, T>) {
  const { queue, testId, title, intro, filterId, statusName, empty, listLabel, renderItem } = props;
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
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{empty}</p>
          ) : (
            <>
              {list.length > QUEUE_SHOWN ? <QueueMore /> : null}
              <ol className="review-list" aria-label={listLabel}>
                {list.slice(0, QUEUE_SHOWN).map((item) => (
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

function QueueMore() {
  const { t } = useTranslation();
  return (
    <p className="hint" data-testid="queue-more">
      {t('review.more', { shown: QUEUE_SHOWN })}
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
