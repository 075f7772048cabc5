// The submit row draws the same button for every form: primary by default, red for what cannot be taken
// back, and tied to the hint of a key that sends the form too.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { SubmitRow } from './submit-row';

const rendered = (row: ReactNode) =>
  renderToStaticMarkup(<I18nextProvider i18n={testI18n()}>{row}</I18nextProvider>);

describe('SubmitRow', () => {
  it.each([
    [undefined, 'button button-primary'],
    ['primary', 'button button-primary'],
    ['danger', 'button button-danger'],
  ] as const)('with tone %s draws the submit button as %s', (tone, className) => {
    expect(rendered(<SubmitRow label="Enviar" disabled={false} tone={tone} />)).toBe(
      `<div class="actions"><button type="submit" class="${className}">Enviar</button></div>`,
    );
  });

  it('names the shortcut to screen readers and shows its hint beside the button', () => {
    const shortcut = { keys: 'Control+Enter', hint: 'Ctrl+Intro registra.', hintId: 'form-shortcut' };
    expect(rendered(<SubmitRow label="Registrar" disabled shortcut={shortcut} />)).toBe(
      '<div class="actions"><button type="submit" class="button button-primary" disabled=""' +
        ' aria-keyshortcuts="Control+Enter" aria-describedby="form-shortcut">Registrar</button>' +
        '<p class="hint" id="form-shortcut">Ctrl+Intro registra.</p></div>',
    );
  });
});
