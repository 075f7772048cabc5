// Small pieces the transit pages share: a convoy's status and a time in Lima.
import { useTranslation } from 'react-i18next';
import type { ConvoyStatus } from '../../../domain/transit';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';

export function StatusTag({ status }: { readonly status: ConvoyStatus }) {
  const { t } = useTranslation();
  const label = {
    planned: t('transit.status.planned'),
    boarding: t('transit.status.boarding'),
    departed: t('transit.status.departed'),
    arrived: t('transit.status.arrived'),
    cancelled: t('transit.status.cancelled'),
  }[status];
  return <span className={`tag convoy-status convoy-${status}`}>{label}</span>;
}

// The corridor runs in Peru: times on screen are Lima's, on a 24-hour clock as everywhere in Paso.
// In the app's locale (en-GB, es-419), as every date on screen: the language alone gave US order.
export function When({ at }: { readonly at: string | null }) {
  const locale = useLocale();
  if (at === null) return <>—</>;
  return <time dateTime={at}>{formatDateTime(at, locale, 'America/Lima', 'minute')}</time>;
}
