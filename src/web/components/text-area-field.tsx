// A labelled text area with its hint and error tied to it for screen readers, as TextField is for
// inputs: notes, descriptions and lists written one item a line.
import { FieldFrame, type FieldProps } from './field-frame';
import { usePasteCut } from './paste-cut';

type Props = FieldProps & {
  readonly rows: number;
  /** The most characters the API takes for this field: TEXT_LIMITS in src/api/common.ts. */
  readonly maxLength?: number;
};

export function TextAreaField({ rows, maxLength, ...field }: Props) {
  const { onPaste, onChange, note } = usePasteCut(maxLength, field.onChange);
  return (
    <FieldFrame {...field} onChange={onChange}>
      {(control) => (
        <>
          <textarea rows={rows} maxLength={maxLength} onPaste={onPaste} {...control} />
          {note}
        </>
      )}
    </FieldFrame>
  );
}
