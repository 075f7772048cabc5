// Records the server refused, each with the reason in the officer's words: they stay on this device
// until corrected (a sitting sent again with the same person, or a supervisor's import). Once the
// officer has read why, a refused record may be set aside: it leaves the list, not the device. The
// records dated after the server's clock, which wait for it and go by themselves. And the crossings
// made offline that screening held when a later sync sent them: the booth had moved on.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PasoEvent } from '../../api/events';
import { describeProblem } from '../api/problem';
import { formatDateTime, formatNumber } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { issueMessage, issueOfServer } from '../pages/booth/event-issues';
import { pressName } from '../pages/tally/tally-labels';
import { getSync } from './instance';
import { acceptedFrom, type OutboxRecord, type Refusal, type SetAsideRecord } from './sync-rules';

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

function reasonOf(refusal: Refusal | null, t: TFunction, locale: string): string {
  if (refusal === null) return '';
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
      <p>
        {t('offline.refused', { count: records.length, formatted: formatNumber(records.length, locale) })}
      </p>
      <ul className="offline-refused-list">
        {records.map((r) => {
          const what = recordName(r.event, t);
          return (
            <li key={r.id}>
              <span>{t('offline.refusedItem', { what, reason: reasonOf(r.refusal, t, locale) })}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('offline.setAside.buttonLabel', { what })}
                onClick={() => void getSync().setAside([r.id])}
              >
                {t('offline.setAside.button')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('offline.setAside.hint')}</p>
    </div>
  );
}

/** The records set aside, folded away: still on the device, and saved with the export. */
export function SetAsideList({ records }: { readonly records: readonly SetAsideRecord[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (records.length === 0) return null;
  return (
    <details className="offline-set-aside" data-testid="offline-set-aside">
      <summary>
        {t('offline.setAside.title', {
          count: records.length,
          formatted: formatNumber(records.length, locale),
        })}
      </summary>
      <ul>
        {records.map((r) => (
          <li key={r.id}>
            {t('offline.setAside.item', {
              what: recordName(r.event, t),
              reason: reasonOf(r.refusal, t, locale),
              time: formatDateTime(r.setAsideAt, locale),
            })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('offline.setAside.kept')}</p>
    </details>
  );
}

/** Crossings a later sync sent that screening held: the person is to be taken to a supervisor. */
export function HeldLaterList({ records }: { readonly records: readonly OutboxRecord[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (records.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert" data-testid="offline-held-later">
      <p>
        {t('offline.heldLater', { count: records.length, formatted: formatNumber(records.length, locale) })}
      </p>
      <ul className="offline-refused-list">
        {records.map((r) => (
          <li key={r.id}>{recordName(r.event, t)}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => getSync().heldLaterRead(records.map((r) => r.id))}
      >
        {t('offline.heldLaterRead')}
      </button>
    </div>
  );
}

/**
 * The records the server refused only as dated after its clock: not lost and not wrong, they wait on
 * the device and go by themselves once the server's clock reaches them. Said with when, on the
 * checkpoint's clock (`time` formats an instant so), and what the officer should do: set the device's
 * clock right for the records to come; nothing for these.
 */
export function AheadNotice(props: {
  readonly records: readonly OutboxRecord[];
  readonly time: (iso: string) => string;
}) {
  const { records, time } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  if (records.length === 0) return null;
  const times = records.map((r) => acceptedFrom(r.event)).sort((a, b) => a - b);
  const first = time(new Date(times[0] ?? 0).toISOString());
  const last = time(new Date(times.at(-1) ?? 0).toISOString());
  const count = records.length;
  return (
    <div className="notice notice-warning" data-testid="offline-ahead" data-count={count}>
      <p>{t('outbox.ahead.what', { count, formatted: formatNumber(count, locale) })}</p>
      <p>
        {first === last
          ? t('outbox.ahead.whenOne', { count, time: first })
          : t('outbox.ahead.when', { first, last })}
      </p>
      <p>{t('outbox.ahead.todo', { count })}</p>
    </div>
  );
}
