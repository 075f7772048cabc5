// What the outbox holds: everything sent, or how many presses wait and whether a send is under way or
// failed (with a retry), and the presses the server refused.
import { useTranslation } from 'react-i18next';
import type { PasoEvent } from '../../../api/events';
import { describeProblem } from '../../api/problem';
import type { OutboxState } from './outbox';
import { pressName } from './tally-labels';

function eventName(event: PasoEvent, t: ReturnType<typeof useTranslation>['t']): string {
  if (event.kind === 'tally') return pressName(event.direction, event.category, t);
  if (event.kind === 'correction') return t('tally.outbox.undoEvent');
  return event.id;
}

export function OutboxStatus({
  state,
  onRetry,
}: {
  readonly state: OutboxState;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  const waiting = state.pending.length;
  return (
    <section className="tally-outbox" aria-labelledby="tally-outbox" data-testid="tally-outbox">
      <h2 id="tally-outbox" className="visually-hidden">
        {t('tally.outbox.title')}
      </h2>
      <p
        className={
          waiting === 0 ? 'notice notice-ok' : state.problem ? 'notice notice-error' : 'notice notice-info'
        }
        data-testid="tally-pending"
        data-pending={waiting}
      >
        {waiting === 0
          ? t('tally.outbox.allSent')
          : state.sending
            ? t('tally.outbox.sending', { count: waiting })
            : t('tally.outbox.waiting', { count: waiting })}
      </p>
      {state.problem && waiting > 0 ? (
        <div className="notice notice-error">
          <p>{t('tally.outbox.failed', { reason: describeProblem(state.problem, t) })}</p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {state.refused.length === 0 ? null : (
        <div className="notice notice-error" role="alert">
          <p>{t('tally.outbox.refused', { count: state.refused.length })}</p>
          <ul>
            {state.refused.map((r) => (
              <li key={r.event.id}>
                {t('tally.outbox.refusedItem', {
                  what: eventName(r.event, t),
                  reason: r.outcome.problem?.title ?? r.outcome.status,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
