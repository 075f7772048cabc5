// Messages to show beside form fields for a problem: the fields its errors[] name, and the field a
// known code is about (a taken username, a short password).
import { useTranslation } from 'react-i18next';
import { type ApiProblem, describeProblem, fieldErrors } from '../api/problem';

const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  'user.exists': 'username',
  'user.weak-password': 'password',
  'user.unknown-checkpoint': 'checkpointIds',
  'user.checkpoint-required': 'checkpointIds',
  'person.name': 'surname1',
  'registration.unknown-place': 'boothId',
};

export function useFieldErrors(problem: ApiProblem | null): Readonly<Record<string, string>> {
  const { t, i18n } = useTranslation();
  if (problem === null) return {};
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  // The server words field messages in English: in another language, say in it that the value is
  // wrong and let the field's hint give the rule.
  const byField: Record<string, string> = Object.fromEntries(
    Object.entries(fieldErrors(problem)).map(([field, message]) => [
      field,
      english ? message : t('problem.fieldInvalid'),
    ]),
  );
  const field = problem.code === undefined ? undefined : FIELD_OF_CODE[problem.code];
  if (field !== undefined && byField[field] === undefined) byField[field] = describeProblem(problem, t);
  return byField;
}
