// A set of checkboxes under one legend, choosing any number of values from a list: the chosen ones
// are kept in the order they were ticked.
import type { ReactNode } from 'react';

type Props<T extends string> = {
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly choices: readonly { readonly value: T; readonly label: ReactNode }[];
  readonly chosen: readonly T[];
  readonly onChange: (chosen: readonly T[]) => void;
};

export function CheckboxGroup<T extends string>({
  legend,
  hint,
  error,
  choices,
  chosen,
  onChange,
}: Props<T>) {
  return (
    <fieldset className={error ? 'field fieldset field-invalid' : 'field fieldset'}>
      <legend>{legend}</legend>
      {hint === undefined ? null : <p className="hint">{hint}</p>}
      {error ? <p className="field-error">{error}</p> : null}
      {choices.map(({ value, label }) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, value] : chosen.filter((x) => x !== value))
            }
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
