// An API problem as a readable, translated message, announced to screen readers as it appears.
import { useTranslation } from 'react-i18next';
import { type ApiProblem, describeProblem } from '../api/problem';

type Props = { readonly problem: ApiProblem; readonly onRetry?: () => void };

export function ProblemMessage({ problem, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeProblem(problem, t)}</p>
      {onRetry === undefined ? null : (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
