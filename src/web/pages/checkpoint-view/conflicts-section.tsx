// Corrections made on two devices without seeing each other that set the same field differently (or
// void the event): both are kept and the counting rules decide; the supervisor sees them here, each
// with the reason its officer gave and whom it is about, and settles a dispute over a decision here.

import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listConflicts } from '../../api/conflicts-endpoint';
import { LoadableView } from '../../components/loadable-view';
import { PageStatus } from '../../components/page-status';
import { useApiData } from '../../hooks/use-api-data';
import { ConflictCard } from './conflict-card';

type Props = {
  readonly checkpoint: string;
  readonly timeZone: string;
  readonly version: string;
  /** A conflict was settled by a decision: the overview reloads (and this list with it). */
  readonly onSettled: () => void;
};

export function ConflictsSection({ checkpoint, timeZone, version, onSettled }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  // A settled conflict leaves the list, and the button pressed with it: focus goes to the heading (a
  // section of its own, not LoadedSection, for that), from where Tab reaches the next card.
  const heading = useRef<HTMLHeadingElement>(null);
  // `version` changes when the overview reloads, so the list follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the overview's reload signal
  const load = useCallback(
    (signal: AbortSignal) => listConflicts(checkpoint, { signal }),
    [checkpoint, version],
  );
  const [state, reload] = useApiData(load);
  return (
    <section aria-labelledby="overview-conflicts" data-testid="correction-conflicts">
      <h2 id="overview-conflicts" tabIndex={-1} ref={heading}>
        {t('conflicts.title', { count: state.status === 'ok' ? state.value.conflicts.length : 0 })}
      </h2>
      <PageStatus notice={done} />
      <LoadableView state={state} onRetry={reload}>
        {(value) =>
          value.conflicts.length === 0 ? (
            <p className="empty">{t('conflicts.none')}</p>
          ) : (
            <>
              <p className="hint">{t('conflicts.hint')}</p>
              <ol className="held-list">
                {value.conflicts.map((c) => (
                  <li key={c.eventId}>
                    <ConflictCard
                      conflict={c}
                      checkpoint={checkpoint}
                      timeZone={timeZone}
                      onSettled={(message) => {
                        setDone(message);
                        onSettled();
                        heading.current?.focus();
                      }}
                    />
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </LoadableView>
    </section>
  );
}
