// The question asked before a child travelling alone is checked in anywhere but the children's beds.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { asksAboutChild, ChildAloneQuestion } from './child-alone-question';

const i18n = testI18n();

describe('asksAboutChild', () => {
  it.each([
    [true, 'general', true],
    [true, 'family', true],
    [true, 'women', true],
    [true, 'children', false],
    [false, 'general', false],
  ])('for a child alone %s at %s beds: %s', (childAlone, kind, asks) => {
    expect(asksAboutChild({ childAlone }, kind)).toBe(asks);
  });
});

describe('ChildAloneQuestion', () => {
  it('says why, points to the children’s beds first, and asks a reason for the kind chosen', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ChildAloneQuestion
          name="MARIA GONZALEZ"
          kind="General"
          childrenKind="Niñas y niños no acompañados"
          busy={false}
          onChildren={() => undefined}
          onElsewhere={() => undefined}
          onCancel={() => undefined}
        />
      </I18nextProvider>,
    );
    expect(html).toContain('MARIA GONZALEZ es menor de edad y viaja sin sus padres');
    expect(html).toContain(
      'Su lugar son las camas «Niñas y niños no acompañados», no las de tipo «General».',
    );
    const first = html.indexOf('Registrar ingreso de MARIA GONZALEZ en «Niñas y niños no acompañados»');
    const anyway = html.indexOf('Registrar ingreso de MARIA GONZALEZ en «General» con este motivo');
    expect(first).toBeGreaterThan(-1);
    expect(anyway).toBeGreaterThan(first);
    expect(html).toContain('O bien, el motivo para usar camas «General»');
  });
});
