// The frame both review queues share: the status kept in the address, the tabs between the queues,
// the filter and refresh, the live line that announces each review, the list; and each item's header
// with its score, status and when it was found.
import { type ReactNode, type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import type { ApiResult } from '../../api/client';
import type { Checkpoint } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { formatDateTime } from '../../format/format';
import { type Loadable, useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { PATHS } from '../../routes';
import { formatProbability } from './explanation';
import { QueueToolbar } from './review-parts';

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
  readonly itemKey: (item: T) => string;
  readonly renderItem: (item: T) => ReactNode;
  /** Shown between the introduction and the filter (the duplicates' population-wide search). */
  readonly children?: ReactNode;
};

export function ReviewQueue<S extends string, T>(props: QueueProps<S, T>) {
  const { queue, testId, title, intro, filterId, statusName, empty, listLabel, itemKey, renderItem } = props;
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
            <ol className="review-list" aria-label={listLabel}>
              {list.map((item) => (
                <li key={itemKey(item)}>{renderItem(item)}</li>
              ))}
            </ol>
          )
        }
      </LoadableView>
    </div>
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

type HeaderProps = {
  readonly titleId: string;
  readonly title: string;
  readonly score: number;
  readonly scoreTestId: string;
  readonly statusName: string;
  /** Still waiting for a review: the status is drawn as a warning. */
  readonly pending: boolean;
  readonly createdAt: string;
  /** Where the item came from, said before when it was found. */
  readonly source?: string;
};

/** An item's heading line: what it is, how likely, its status, and where and when it was found. */
export function ReviewItemHeader(props: HeaderProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <header className="review-item-header">
      <h2 id={props.titleId}>{props.title}</h2>
      <span className="score" data-testid={props.scoreTestId}>
        {t('review.score', { value: formatProbability(props.score, locale) })}
      </span>
      <span className={props.pending ? 'tag tag-warning' : 'tag tag-muted'}>{props.statusName}</span>
      <span className="muted">
        {props.source === undefined ? null : (
          <>
            {props.source}
            {' · '}
          </>
        )}
        {t('review.found', { when: formatDateTime(props.createdAt, locale) })}
      </span>
    </header>
  );
}
