// The two fields that bound a period, its start and its end, as dates or as dates and times: a report's
// range, the audit log's filter, a travel pass's validity. A period that ends before it starts is
// wrong at its end, so that field carries the error.
import type { FieldProps } from './field-frame';
import { TextField } from './text-field';

/** A bound's field; the start may carry an error of its own (left blank, say). */
type Bound = Omit<FieldProps, 'hint'>;

type Props = {
  readonly type: 'date' | 'datetime-local';
  readonly from: Bound;
  readonly to: Bound;
  readonly required?: boolean;
  readonly error?: string | undefined;
};

export function PeriodFields({ type, from, to, required, error }: Props) {
  return (
    <>
      <TextField {...from} type={type} required={required} />
      <TextField {...to} type={type} required={required} error={error ?? to.error} />
    </>
  );
}
