// A labelled select with its hint and error tied to it for screen readers, as TextField is for inputs;
// ChoiceField, a select over a fixed list of codes, each shown by its name; and OptionalChoiceField,
// the same with an empty first option for none chosen yet.
import type { ReactNode } from 'react';
import { FieldFrame, type FieldProps } from './field-frame';
import { Options } from './options';

type Props = FieldProps & {
  readonly disabled?: boolean;
  readonly children: ReactNode;
};

export function SelectField({ disabled, children, ...field }: Props) {
  return (
    <FieldFrame {...field}>
      {(control) => (
        <select disabled={disabled} {...control}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

type ChoiceProps<T extends string> = {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly choices: readonly T[];
  /** The name a person reads for a code. */
  readonly nameOf: (choice: T) => string;
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
};

export function ChoiceField<T extends string>({ choices, nameOf, onChange, ...field }: ChoiceProps<T>) {
  return (
    <SelectField
      {...field}
      onChange={(v) => {
        // The select offers only the choices, so the value is always one of them.
        const choice = choices.find((c) => c === v);
        if (choice !== undefined) onChange(choice);
      }}
    >
      <Options items={choices} value={(c) => c} label={nameOf} />
    </SelectField>
  );
}

type OptionalChoiceProps<T extends string> = Omit<ChoiceProps<T>, 'value' | 'onChange'> & {
  /** '' while none is chosen. */
  readonly value: T | '';
  /** What the empty first option says. */
  readonly noneLabel: string;
  readonly onChange: (value: T | '') => void;
};

export function OptionalChoiceField<T extends string>({
  choices,
  nameOf,
  noneLabel,
  onChange,
  ...field
}: OptionalChoiceProps<T>) {
  return (
    <SelectField {...field} onChange={(v) => onChange(choices.find((c) => c === v) ?? '')}>
      <option value="">{noneLabel}</option>
      <Options items={choices} value={(c) => c} label={nameOf} />
    </SelectField>
  );
}
