// A labelled select with its hint and error tied to it for screen readers, as TextField is for inputs.
import type { ReactNode } from 'react';
import { FieldFrame } from './field-frame';

type Props = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly children: ReactNode;
};

export function SelectField({ id, label, value, onChange, error, hint, children }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
