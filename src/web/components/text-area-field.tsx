// A labelled text area with its hint and error tied to it for screen readers, as TextField is for
// inputs: notes, descriptions and lists written one item a line.
import { FieldFrame, type FieldProps } from './field-frame';

type Props = FieldProps & {
  readonly rows: number;
  /** The most characters the API takes for this field: TEXT_LIMITS in src/api/common.ts. */
  readonly maxLength?: number;
};

export function TextAreaField({ rows, maxLength, ...field }: Props) {
  return (
    <FieldFrame {...field}>
      {(control) => <textarea rows={rows} maxLength={maxLength} {...control} />}
    </FieldFrame>
  );
}
