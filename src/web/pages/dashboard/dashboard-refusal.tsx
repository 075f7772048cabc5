// What the dashboard says when the server refuses the address it was opened at: a checkpoint no one
// has (a stale link) or a day not yet begun; and an address whose day is no date (2026-02-31, a
// typo), which the page does not send. Said in words with the way back, never as zeros or as today.
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from '../booth/days';

export type DashboardRefusal = 'unknown-checkpoint' | 'day-to-come' | 'day-unread';

/** Which part of the address the server refused (GET /api/dashboard's field errors), if any. */
export function dashboardRefusal(problem: ApiProblem): DashboardRefusal | null {
  if (problem.code !== 'validation') return null;
  const paths = problem.errors.map((e) => e.path);
  if (paths.includes('querystring.checkpoint')) return 'unknown-checkpoint';
  if (paths.includes('querystring.date')) return 'day-to-come';
  return null;
}

type Props = {
  readonly refusal: DashboardRefusal;
  /** The checkpoint code and the day in the address (as written there, when it is no date). */
  readonly checkpoint: string;
  readonly date: string | undefined;
  readonly onAllCheckpoints: () => void;
  readonly onToday: () => void;
};

export function DashboardRefused({ refusal, checkpoint, date, onAllCheckpoints, onToday }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unknown = refusal === 'unknown-checkpoint';
  const said =
    refusal === 'unknown-checkpoint'
      ? t('dashboard.refused.unknownCheckpoint', { code: checkpoint })
      : refusal === 'day-to-come'
        ? t('dashboard.refused.dayToCome', { date: date === undefined ? '' : formatDay(date, locale) })
        : t('dashboard.refused.dayUnread', { date: date ?? '' });
  return (
    <div
      className="notice notice-warning"
      role="alert"
      data-testid="dashboard-refused"
      data-refusal={refusal}
    >
      <p>{said}</p>
      <button
        type="button"
        className="button button-secondary"
        data-testid="dashboard-refused-back"
        onClick={unknown ? onAllCheckpoints : onToday}
      >
        {unknown ? t('dashboard.refused.allCheckpoints') : t('dashboard.refused.today')}
      </button>
    </div>
  );
}
