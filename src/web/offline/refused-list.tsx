// Records the server refused, each with the reason in the officer's words: they stay on this device
// until corrected (a sitting sent again with the same person, or a supervisor's import).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PasoEvent } from '../../api/events';
import { describeProblem } from '../api/problem';
import { useLocale } from '../hooks/use-locale';
import { issueMessage, issueOfServer } from '../pages/booth/event-issues';
import { pressName } from '../pages/tally/tally-labels';
import type { OutboxRecord, Refusal } from './sync-rules';

function recordName(event: PasoEvent, t: TFunction): string {
  switch (event.kind) {
    case 'crossing':
      return t('offline.record.crossing', {
        name: [event.person.givenNames, event.person.surname1].filter(Boolean).join(' '),
      });
    case 'tally':
      return pressName(event.direction, event.category, t);
    case 'correction':
      return t('offline.record.correction');
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function reasonOf(refusal: Refusal, t: TFunction, locale: string): string {
  if (refusal.errors.length === 0) {
    return describeProblem({ ...refusal, type: 'about:blank', status: 422 }, t);
  }
  return refusal.errors.map((e) => issueMessage(issueOfServer(e).code, t, locale)).join(' ');
}

export function RefusedList({ records }: { readonly records: readonly OutboxRecord[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (records.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="offline-refused">
      <p>{t('offline.refused', { count: records.length })}</p>
      <ul>
        {records.map((r) => (
          <li key={r.id}>
            {t('offline.refusedItem', {
              what: recordName(r.event, t),
              reason: r.refusal === null ? '' : reasonOf(r.refusal, t, locale),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
