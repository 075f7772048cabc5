// Small pieces the transit pages share: a convoy's status, a time in Lima, and a form that stands on
// the convoy's page.
import type { ReactNode } from 'react';
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

type StandingFormProps = {
  /** The form's class beside `panel` and its test id; its heading's id is `<name>-title`. */
  readonly name: string;
  readonly title: ReactNode;
  readonly heading?: 'h2' | 'h3';
  readonly onSubmit: () => Promise<void>;
  readonly children: ReactNode;
};

/**
 * A form always on the convoy's page (cancelling it, correcting the last step), as PanelForm lays one
 * out but without taking the focus when it appears: no button opened it, and the focus jumped to it,
 * at the page's foot, whenever the page loaded or the log offered a step to correct.
 */
export function StandingForm({
  name,
  title,
  heading: Heading = 'h2',
  onSubmit,
  children,
}: StandingFormProps) {
  return (
    <form
      className={`panel ${name}`}
      aria-labelledby={`${name}-title`}
      data-testid={name}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Heading id={`${name}-title`}>{title}</Heading>
      {children}
    </form>
  );
}
