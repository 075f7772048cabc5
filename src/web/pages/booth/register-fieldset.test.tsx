// Each part of the registration form is drawn in the same frame: a fieldset under its legend.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RegisterFieldset } from './register-fieldset';

describe('RegisterFieldset', () => {
  it.each([
    [undefined, '<fieldset class="register-fieldset"><legend>Persona</legend><p>…</p></fieldset>'],
    [
      'group-fields',
      '<fieldset class="register-fieldset" data-testid="group-fields"><legend>Persona</legend><p>…</p></fieldset>',
    ],
  ])('frames its part under the legend, with test id %s', (testId, html) => {
    expect(
      renderToStaticMarkup(
        <RegisterFieldset legend="Persona" testId={testId}>
          <p>…</p>
        </RegisterFieldset>,
      ),
    ).toBe(html);
  });
});
