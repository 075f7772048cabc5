// The row that ends a form: its submit button (off while the form is busy or not ready) and any
// other actions beside it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A key that sends the form too, told to screen readers and shown in a hint beside the button. */
type Shortcut = {
  /** As `aria-keyshortcuts` names it: `Control+Enter`. */
  readonly keys: string;
  readonly hint: string;
  readonly hintId: string;
};

type Props = {
  readonly label: ReactNode;
  readonly disabled: boolean;
  /** `danger` for a submit that cannot be taken back; `primary` otherwise. */
  readonly tone?: 'primary' | 'danger';
  /** A longer name for screen readers, when the form is one of several alike on the page. */
  readonly ariaLabel?: string;
  readonly shortcut?: Shortcut;
  /** Given, a "Cancel" button beside the submit button calls it. */
  readonly onCancel?: () => void;
  readonly children?: ReactNode;
};

export function SubmitRow({
  label,
  disabled,
  tone = 'primary',
  ariaLabel,
  shortcut,
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button
        type="submit"
        className={`button button-${tone}`}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-keyshortcuts={shortcut?.keys}
        aria-describedby={shortcut?.hintId}
      >
        {label}
      </button>
      {shortcut === undefined ? null : (
        <p className="hint" id={shortcut.hintId}>
          {shortcut.hint}
        </p>
      )}
      {onCancel === undefined ? null : (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
