// A day and a time typed as people in Peru and Chile write them, the day first and the clock from 00:00
// to 23:59 (14/03/2026 18:30), with that pattern shown in the reader's language. The browser's own
// field shows its interface language's pattern, which in an English browser is the US mm/dd/yyyy with
// AM and PM. The field's value stays what that field gave (2026-03-14T18:30, '' until it reads), so
// whoever reads it decides, as before, whose clock the time is on.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, isoFromTyped } from '../../domain/shared';
import { typedDay } from './date-field';
import type { FieldProps } from './field-frame';
import { TextField } from './text-field';

type Props = FieldProps & { readonly required?: boolean };

// The day, then a space, a comma or the ISO T, then the time; seconds only where a value had them.
const DAY_AND_TIME = /^(.+?)(?:\s*,\s*|\s+|T)(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/;

/** What a day and time typed reads as. */
export type TypedDayTime =
  | { readonly kind: 'read'; readonly value: string }
  | { readonly kind: 'empty' }
  /** A day written whole that the calendar has not (31/02/2026). */
  | { readonly kind: 'no-day'; readonly day: string }
  /** A time written whole that the clock has not (24:00, 18:75). */
  | { readonly kind: 'no-time'; readonly time: string }
  | { readonly kind: 'unread' };

/** What is typed (14/03/2026 18:30, 2026-03-14T18:30) as a datetime-local value: 2026-03-14T18:30. */
export function readDayTime(typed: string): TypedDayTime {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  const match = DAY_AND_TIME.exec(text);
  if (match === null) return { kind: 'unread' };
  const [, dayPart = '', hours = '', minutes = '', seconds] = match;
  const day = isoFromTyped(dayPart);
  if (!ISO_DAY.test(day)) return { kind: 'unread' };
  if (!isCalendarDate(day)) return { kind: 'no-day', day: dayPart.trim() };
  const time = [hours.padStart(2, '0'), minutes, ...(seconds === undefined ? [] : [seconds])].join(':');
  const onClock = Number(hours) < 24 && Number(minutes) < 60 && Number(seconds ?? 0) < 60;
  if (!onClock) return { kind: 'no-time', time };
  return { kind: 'read', value: `${day}T${time}` };
}

/** A datetime-local value as it is typed, day first (2026-03-14T18:30 → 14/03/2026 18:30). */
export function typedDayTime(value: string): string {
  const match = LOCAL_TIME.exec(value);
  return match === null ? value : `${typedDay(match[1] ?? '')} ${match[2] ?? ''}`;
}

/** The value a field's text gives: the datetime-local value it reads as, '' until it reads. */
const valueOfTyped = (typed: string): string => {
  const read = readDayTime(typed);
  return read.kind === 'read' ? read.value : '';
};

/**
 * What the field says of what is typed, in the reader's language: a day or a time written whole that
 * the calendar or the clock has not (31/02/2026, 24:00) at once, as it is typed; anything else that
 * does not read once the field is left.
 */
export function dayTimeProblem(typed: string, left: boolean, t: TFunction): string | undefined {
  const read = readDayTime(typed);
  switch (read.kind) {
    case 'no-day':
      return t('form.dayImpossible', { day: read.day });
    case 'no-time':
      return t('form.timeImpossible', { time: read.time });
    case 'unread':
      return left ? t('form.dayTimeUnread') : undefined;
    case 'read':
    case 'empty':
      return undefined;
    default:
      return read satisfies never;
  }
}

export function DateTimeField({ value, onChange, ...field }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(() => typedDayTime(value));
  // Once the reader leaves the field, what does not read is said there, before the form is sent.
  const [left, setLeft] = useState(false);
  // A value set from outside (a form filled in or cleared) is shown; what is being typed is kept.
  const shown = valueOfTyped(typed) === value ? typed : typedDayTime(value);
  return (
    <TextField
      {...field}
      // What this field says of the text says more than the form's own word (a field left blank),
      // which the form may give while this field gives it ''.
      error={dayTimeProblem(shown, left, t) ?? field.error}
      value={shown}
      placeholder={t('form.dayTimePattern')}
      autoComplete="off"
      spellCheck={false}
      onBlur={() => setLeft(true)}
      onChange={(text) => {
        setTyped(text);
        setLeft(false);
        onChange(valueOfTyped(text));
      }}
    />
  );
}
