// A labelled text area with its hint and error tied to it for screen readers, as TextField is for
// inputs: notes, descriptions and lists written one item a line.
import { FieldFrame } from './field-frame';

type Props = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows: number;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** The most characters the API takes for this field: TEXT_LIMITS in src/api/common.ts. */
  readonly maxLength?: number;
};

export function TextAreaField({ id, label, value, onChange, rows, hint, error, maxLength }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea
          id={id}
          name={id}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...aria}
        />
      )}
    </FieldFrame>
  );
}
