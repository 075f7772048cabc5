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

type FieldsFeedbackProps = {
  /** Starts the test ids: `<name>-missing`, `<name>-refused`. */
  readonly name: string;
  /** A send was stopped for required fields still blank. */
  readonly isMissing: boolean;
  /** The API refused some fields (each said beside its field): the sentence that says so, or null. */
  readonly refusal: string | null;
  readonly problem: ApiProblem | null;
};

/**
 * Under a form that marks its own blank fields and the API's refusals of them: blank fields are said
 * first, as nothing was sent; then a refusal; else the server's answer to the last try.
 */
export function FieldsFeedback({ name, isMissing, refusal, problem }: FieldsFeedbackProps) {
  const { t } = useTranslation();
  if (isMissing) {
    return (
      <p className="notice notice-error" role="alert" data-testid={`${name}-missing`}>
        {t('form.missing')}
      </p>
    );
  }
  if (refusal !== null) {
    return (
      <p className="notice notice-error" role="alert" data-testid={`${name}-refused`}>
        {refusal}
      </p>
    );
  }
  return <FormFeedback problem={problem} />;
}
