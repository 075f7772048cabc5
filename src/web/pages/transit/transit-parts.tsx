// Small pieces the transit pages share: a convoy's status and a time in Lima.
import { useTranslation } from 'react-i18next';
import type { ConvoyStatus } from '../../../domain/transit';

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
export function When({ at }: { readonly at: string | null }) {
  const { i18n } = useTranslation();
  if (at === null) return <>—</>;
  const text = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'America/Lima',
  }).format(new Date(at));
  return <time dateTime={at}>{text}</time>;
}
