// The two fields that bound a period, its start and its end, as days or as days and times: a report's
// range, the audit log's filter, a travel pass's validity. A period that ends before it starts is
// wrong at its end, so that field carries the error. Both are typed day first (DateField,
// DateTimeField), whatever the browser's language.
import { DateField } from './date-field';
import { DateTimeField } from './date-time-field';
import type { FieldProps } from './field-frame';

/** A bound's field; the start may carry an error of its own (left blank, say). */
type Bound = Omit<FieldProps, 'hint'>;

type Props = {
  /** Whether each bound is a day (2026-03-14) or a day and a time (2026-03-14T18:30). */
  readonly kind: 'day' | 'dayTime';
  readonly from: Bound;
  readonly to: Bound;
  readonly required?: boolean;
  /** Said under both labels: whose clock the times are on, where the page does not say it. */
  readonly hint?: string;
  readonly error?: string | undefined;
};

export function PeriodFields({ kind, from, to, required, hint, error }: Props) {
  const Field = kind === 'day' ? DateField : DateTimeField;
  return (
    <>
      <Field {...from} hint={hint} required={required} />
      <Field {...to} hint={hint} required={required} error={error ?? to.error} />
    </>
  );
}
