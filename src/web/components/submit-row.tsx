// The row that ends a form: its submit button (off while the form is busy or not ready) and any
// other actions beside it.
import type { ReactNode } from 'react';

type Props = {
  readonly label: string;
  readonly disabled: boolean;
  /** A longer name for screen readers, when the form is one of several alike on the page. */
  readonly ariaLabel?: string;
  readonly children?: ReactNode;
};

export function SubmitRow({ label, disabled, ariaLabel, children }: Props) {
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={disabled} aria-label={ariaLabel}>
        {label}
      </button>
      {children}
    </div>
  );
}
