// The question asked before a check-in of a record that may be someone already staying at a shelter.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { LookAlikeQuestion } from './look-alike-question';

const i18n = testI18n();
const SHELTERS: Record<string, string> = { s1: 'Albergue Municipal de Tacna' };

const render = (count: number) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LookAlikeQuestion
        name="Johana Carolina Quintero"
        lookAlikes={Array.from({ length: count }, (_, k) => ({
          personId: 'p2',
          stayingId: `p${k + 3}`,
          name: k === 0 ? 'Yohana Carolina Quintero' : 'Yohanna Quintero',
          shelterId: 's1',
          since: '2025-11-26T23:40:00Z',
        }))}
        shelterName={(id) => SHELTERS[id] ?? ''}
        busy={false}
        onDifferent={() => undefined}
        onCancel={() => undefined}
      />
    </I18nextProvider>,
  );

describe('LookAlikeQuestion', () => {
  it('names who stays where and since when, says what to check, and offers both answers', () => {
    const html = render(1);
    expect(html).toContain(
      'Alguien alojado en un albergue puede ser Johana Carolina Quintero, con otro registro:',
    );
    expect(html).toContain('Yohana Carolina Quintero, en «Albergue Municipal de Tacna» desde el 26 nov 2025');
    expect(html).toContain('mire su documento');
    expect(html).toContain('Es la misma persona: no registrar');
    expect(html).toContain('Es otra persona: registrar ingreso de Johana Carolina Quintero');
  });

  it('lists every look-alike when there are several', () => {
    const html = render(2);
    expect(html).toContain('Hay personas alojadas en albergues que pueden ser Johana Carolina Quintero');
    expect(html).toContain('Yohanna Quintero, en «Albergue Municipal de Tacna»');
  });
});
