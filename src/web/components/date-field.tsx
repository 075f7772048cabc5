// A day typed as people in Peru and Chile write it, day first (14/03/2026), with that pattern shown in
// the reader's language. The browser's own date field shows its interface language's pattern, which in
// an English browser is the US mm/dd/yyyy: a Spanish reader would type 03/14 for the 14th of March.
// The field's value for the form stays the ISO day (2026-03-14), as a date field's would be.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, isoFromTyped } from '../../domain/shared';
import type { FieldProps } from './field-frame';
import { TextField } from './text-field';

type Props = FieldProps & { readonly required?: boolean };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO day as it is typed, day first (2026-03-14 → 14/03/2026); anything else as it is. */
export function typedDay(iso: string): string {
  const day = ISO_DAY.exec(iso);
  return day === null ? iso : `${day[3]}/${day[2]}/${day[1]}`;
}

/**
 * What a date field says of what is typed: a day written whole that the calendar has not (31/02/2026,
 * 12/13/2026) at once, as it is typed; anything else that does not read once the field is left.
 */
export function dayProblem(typed: string, left: boolean): 'impossible' | 'unread' | null {
  const iso = isoFromTyped(typed);
  if (isCalendarDate(iso) || typed.trim() === '') return null;
  if (ISO_DAY.test(iso)) return 'impossible';
  return left ? 'unread' : null;
}

export function DateField({ value, onChange, ...field }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(() => typedDay(value));
  // Once the reader leaves the field, a day that does not read (25/12/26, 31/02/2026) is said there,
  // in the reader's language, before the form is sent.
  const [left, setLeft] = useState(false);
  // A value set from outside (a form filled in or cleared) is shown; what is being typed is kept.
  const shown = isoFromTyped(typed) === value ? typed : typedDay(value);
  const problem = dayProblem(shown, left);
  return (
    <TextField
      {...field}
      error={
        field.error ??
        (problem === 'impossible'
          ? t('form.dayImpossible', { day: shown.trim() })
          : problem === 'unread'
            ? t('form.dayUnread')
            : undefined)
      }
      value={shown}
      inputMode="numeric"
      placeholder={t('form.dayPattern')}
      autoComplete="off"
      onBlur={() => setLeft(true)}
      onChange={(text) => {
        setTyped(text);
        setLeft(false);
        onChange(isoFromTyped(text));
      }}
    />
  );
}
