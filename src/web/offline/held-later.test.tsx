// The crossings made offline that screening held when a later sync sent them: named, with what to do.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { HeldLaterList } from './refused-list';
import { crossing, idOf } from './test-events';

const held = (n: number) => ({ id: idOf(n), seq: n, event: crossing(n), refusal: null });
const render = (lang: string, n: number[]) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng: lang })}>
      <HeldLaterList records={n.map(held)} />
    </I18nextProvider>,
  );

describe('the held-later notice', () => {
  it('names each person held and says to take them to a supervisor, as an alert', () => {
    const html = render('es', [1, 2]);
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      'la verificación retuvo 2 registros hechos sin conexión: lleve a esas personas a supervisión',
    );
    expect(html).toContain('<li>Paso de ANA 1 CRUZ</li><li>Paso de ANA 2 CRUZ</li>');
    expect(render('en', [1])).toContain(
      'On syncing, screening held 1 record made offline: take that person to a supervisor',
    );
  });

  it('says nothing when nobody was held', () => {
    expect(render('es', [])).toBe('');
  });
});
