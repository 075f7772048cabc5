// For tests of the web app's code that takes a `t` or an API refusal: the app's catalogues as fixed
// translators, ready at once (see ./i18n), and refusals shaped as the API sends them.
import type { TFunction } from 'i18next';
import { type ApiProblem, toProblem } from '../../src/web/api/problem';
import { testI18n } from './i18n';

export function translators(): { readonly es: TFunction; readonly en: TFunction } {
  const i18n = testI18n();
  return { es: i18n.getFixedT('es'), en: i18n.getFixedT('en') };
}

/** A refusal of the request's fields, as the API sends it (400, code `validation`). */
export const validationRefusal = (errors: readonly { path: string; message: string }[]): ApiProblem =>
  toProblem(400, { type: 'v', title: 'The request is not valid', status: 400, code: 'validation', errors });

/** A transit write refused because the code is another's (409, reason `code-taken`). */
export const codeTakenRefusal = (detail: string): ApiProblem =>
  toProblem(409, {
    type: 't',
    title: 'x',
    status: 409,
    code: 'transit.conflict',
    detail,
    reason: 'code-taken',
  });
