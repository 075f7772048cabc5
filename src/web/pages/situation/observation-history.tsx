// The recent observations of the lines, newest first: when (on the checkpoint's clock), where, which
// line and its figures, each with its unit said once ("6.5 km de cola", not "Largo de la cola (km):
// 6.5 km"); who recorded it and their note only for the roles the server sends them to.
import { useTranslation } from 'react-i18next';
import { OBSERVATION_KINDS } from '../../../domain/situation';
import type { Observation } from '../../api/situation-endpoints';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { figurePhrase, sideName } from './labels';

export function HistoryList({ observations }: { readonly observations: readonly Observation[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (observations.length === 0) return <p className="empty">{t('situation.queues.none')}</p>;
  return (
    <ol className="observation-history">
      {observations.map((o) => (
        <li key={o.id}>
          <strong className="nowrap">
            {formatDateTime(o.observedAt, locale, o.checkpoint.timeZone, 'minute')}
          </strong>{' '}
          · {o.checkpoint.name} · {sideName(o.side, t)} ·{' '}
          {OBSERVATION_KINDS.flatMap((k) => {
            const v = o.values[k];
            return v === undefined ? [] : [figurePhrase(k, v, locale, t)];
          }).join(' · ')}
          {o.observer ? ` — ${o.observer.displayName}` : ''}
          {o.note ? <em> “{o.note}”</em> : null}
        </li>
      ))}
    </ol>
  );
}
