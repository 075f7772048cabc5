// The outcome of a form: its error or its success, in a live region that is always in the page, so
// screen readers announce the message when it changes.
import { useTranslation } from 'react-i18next';
import { type ApiProblem, describeProblem } from '../api/problem';

type Props = { readonly problem?: ApiProblem | null; readonly success?: string | null };

export function FormFeedback({ problem, success }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-feedback" aria-live="polite" aria-atomic="true">
      {problem ? (
        <p className="notice notice-error">{describeProblem(problem, t)}</p>
      ) : success ? (
        <p className="notice notice-ok">{success}</p>
      ) : null}
    </div>
  );
}
