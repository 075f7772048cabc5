// The outcome of a form: an error is an alert (announced at once); a success goes to a polite status
// region that is always in the page, so screen readers announce it when it changes.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, describeProblem } from '../api/problem';

type Props = { readonly problem?: ApiProblem | null; readonly success?: string | null };

export function FormFeedback({ problem, success }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-feedback">
      {problem ? (
        <p className="notice notice-error" role="alert">
          {describeProblem(problem, t)}
        </p>
      ) : null}
      <div role="status" aria-live="polite" aria-atomic="true">
        {!problem && success ? <p className="notice notice-ok">{success}</p> : null}
      </div>
    </div>
  );
}

/**
 * Where a form checks its own fields before sending: while some are marked, an alert says to fix
 * them; otherwise what `children` says (the server's answer to the last try).
 */
export function MarkedFieldsOr({
  marked,
  children,
}: {
  readonly marked: boolean;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return marked ? (
    <p className="notice notice-error" role="alert">
      {t('form.fixMarked')}
    </p>
  ) : (
    children
  );
}
