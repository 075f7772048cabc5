// What every labelled form control shares: the label, the hint and the error, tied to the control
// for screen readers, and the control's text value. TextField, SelectField and TextAreaField put
// their own control inside.
import type { ChangeEvent, ReactNode } from 'react';

/** What the control takes from its field: its id and name, its value as text, and the attributes
 * that tie it to its hint and error. */
export type FieldControl = {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
};

/** What every labelled field is given: its id and label, its value as text and each change, and the
 * hint and the error shown with it. */
export type FieldProps = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
};

type Props = FieldProps & {
  /** The name the form gives the value; the id unless said otherwise. */
  readonly name?: string | undefined;
  readonly children: (control: FieldControl) => ReactNode;
};

export function FieldFrame({ id, name, label, value, onChange, hint, error, children }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {children({
        id,
        name: name ?? id,
        value,
        onChange: (event) => onChange(event.target.value),
        'aria-invalid': error === undefined ? undefined : true,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
    </div>
  );
}
