// The day the dashboard shows: a date field, typed day first as everywhere in Paso, and the days
// before and after one click away. Days are the checkpoint's local dates (counting rule 4); none
// after today, which is still being counted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isCalendarDate } from '../../../domain/shared';
import { DateField } from '../../components/date-field';

type Props = {
  /** The day shown, YYYY-MM-DD. */
  readonly date: string;
  /** Today at the checkpoint (for all of them, the earliest of their dates). */
  readonly today: string;
  /** A day chosen; `undefined` for today, which the page then follows past midnight. */
  readonly onChoose: (date: string | undefined) => void;
};

/** The day asked for: today as `undefined`, a later day as today. */
export const dayAsked = (date: string, today: string): string | undefined =>
  date >= today ? undefined : date;

export function DayChoice({ date, today, onChoose }: Props) {
  const { t } = useTranslation();
  // What is typed and not yet a day that can be shown (after today) is kept, with why it is not shown.
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? date;
  const later = typed !== null && isCalendarDate(typed) && typed > today;
  return (
    <div className="dashboard-day" data-testid="dashboard-day">
      <button
        type="button"
        className="button button-secondary"
        data-testid="day-previous"
        onClick={() => {
          setTyped(null);
          onChoose(dayAsked(addDays(date, -1), today));
        }}
      >
        {t('dashboard.day.previous')}
      </button>
      <DateField
        id="dashboard-date"
        label={t('dashboard.day.label')}
        value={value}
        error={later ? t('dashboard.day.later') : undefined}
        onChange={(day) => {
          if (!isCalendarDate(day) || day > today) return setTyped(day);
          setTyped(null);
          onChoose(dayAsked(day, today));
        }}
      />
      <button
        type="button"
        className="button button-secondary"
        data-testid="day-next"
        disabled={date >= today}
        onClick={() => {
          setTyped(null);
          onChoose(dayAsked(addDays(date, 1), today));
        }}
      >
        {t('dashboard.day.next')}
      </button>
    </div>
  );
}
