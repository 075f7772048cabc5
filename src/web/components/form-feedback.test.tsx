// Under a form that marks its own fields: what it says after a send, blank fields before a refusal,
// a refusal before the server's answer, each with the test id the end-to-end tests wait for.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { validationRefusal } from '../../../test/support/translators';
import type { ApiProblem } from '../api/problem';
import { FieldsFeedback } from './form-feedback';

const i18n = testI18n();

const REFUSED = 'Revise los campos marcados.';
const problem = validationRefusal([{ path: 'body.code', message: 'Required' }]);

function html(isMissing: boolean, refusal: string | null, answer: ApiProblem | null): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <FieldsFeedback name="convoy" isMissing={isMissing} refusal={refusal} problem={answer} />
    </I18nextProvider>,
  );
}

describe('FieldsFeedback', () => {
  it('says first that fields are blank, as nothing was sent', () => {
    expect(html(true, REFUSED, problem)).toBe(
      `<p class="notice notice-error" role="alert" data-testid="convoy-missing">Faltan datos: complete los campos marcados.</p>`,
    );
  });

  it('says the refusal when no field is blank', () => {
    expect(html(false, REFUSED, problem)).toBe(
      `<p class="notice notice-error" role="alert" data-testid="convoy-refused">${REFUSED}</p>`,
    );
  });

  it('otherwise says the server’s answer to the last try', () => {
    const answer = html(false, null, problem);
    expect(answer).toContain('<div class="form-feedback"><p class="notice notice-error" role="alert">');
    expect(answer).not.toContain('data-testid');
  });
});
