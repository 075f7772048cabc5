// The frame of a field made of rows added and removed in place (a convoy's vehicles, a corridor's
// stops): its legend, hint and refusal, the rows the form gives it, the button that adds a row, and
// the edits of the rows in place.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The fieldset's own class beside `field`. */
  readonly className: string;
  readonly legend: string;
  readonly hint: string;
  /** The API's refusal of the list as a whole (too few rows, too many seats). */
  readonly error: string | undefined;
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly children: ReactNode;
};

export function RowsField({ className, legend, hint, error, addLabel, onAdd, children }: Props) {
  return (
    <fieldset className={`field ${className}`}>
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {children}
      <button type="button" className="button" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

/** The button that removes one row; its label names the row for screen readers. */
export function RemoveRow({ label, onRemove }: { readonly label: string; readonly onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" aria-label={label} onClick={onRemove}>
      {t('transit.new.remove')}
    </button>
  );
}

/** The list's edits in place: one row's fields changed, a row added at the end, a row removed. */
export function rowEdits<Row>(rows: readonly Row[], onChange: (rows: readonly Row[]) => void) {
  return {
    change: (i: number, patch: Partial<Row>) =>
      onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r))),
    add: (row: Row) => onChange([...rows, row]),
    remove: (i: number) => onChange(rows.filter((_, k) => k !== i)),
  };
}
