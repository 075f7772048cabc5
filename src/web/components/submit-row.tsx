// The row that ends a form: its submit button (off while the form is busy or not ready) and any
// other actions beside it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  readonly label: string;
  readonly disabled: boolean;
  /** A longer name for screen readers, when the form is one of several alike on the page. */
  readonly ariaLabel?: string;
  /** Given, a "Cancel" button beside the submit button calls it. */
  readonly onCancel?: () => void;
  readonly children?: ReactNode;
};

export function SubmitRow({ label, disabled, ariaLabel, onCancel, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={disabled} aria-label={ariaLabel}>
        {label}
      </button>
      {onCancel === undefined ? null : (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
