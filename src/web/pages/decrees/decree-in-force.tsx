// The decree in force at a checkpoint, as one line for the booth and the tally pages: its number,
// title and last day, or that none is in force. Nothing is shown when it cannot be asked (offline).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { decreesApi } from '../../api/decrees-endpoints';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { PATHS } from '../../routes';
import { formatDay } from './decree-words';
import './decrees.css';

export function DecreeInForce({ checkpoint }: { readonly checkpoint: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const load = useCallback(
    (signal: AbortSignal) =>
      checkpoint === null
        ? Promise.resolve({ ok: true as const, value: null })
        : decreesApi.decreeInForce(checkpoint, { signal }),
    [checkpoint],
  );
  const [decree] = useApiData(load);
  if (decree.status !== 'ok' || checkpoint === null) return null;
  const d = decree.value;
  if (d === null) {
    return (
      <p className="decree-in-force decree-none" data-testid="decree-in-force">
        {t('decrees.inForce.none')}
      </p>
    );
  }
  return (
    <p className="decree-in-force" data-testid="decree-in-force">
      <span className="decree-in-force-label">{t('decrees.inForce.label')}</span>{' '}
      <a href={`${PATHS.decrees}?decree=${d.id}`}>
        <strong>{d.number}</strong>
      </a>{' '}
      — {d.title} · {t('decrees.inForce.until', { to: formatDay(d.endsOn, locale) })}
    </p>
  );
}
