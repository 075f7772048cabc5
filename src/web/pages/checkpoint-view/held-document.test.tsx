// The document a held person presented, on their card in the supervisor's view: its type in the
// booth's words and its number, or that they showed none and how their identity was established.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { HeldCase } from '../../api/views-endpoints';
import { HeldDocument } from './held-document';

const i18n = testI18n({ interpolation: { escapeValue: false } });

type Shown = Pick<HeldCase, 'document' | 'identityBasis'>;
const render = (held: Shown) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <dl>
        <HeldDocument held={held} />
      </dl>
    </I18nextProvider>,
  ).replace(/<[^>]+>/g, ' ');

describe('HeldDocument', () => {
  it.each([
    ['a passport', 'P', 'Pasaporte B4821977'],
    ['a diplomatic passport', 'PD', 'Pasaporte diplomático B4821977'],
    ['an identity card', 'I', 'Documento de identidad B4821977'],
    ['a national number', 'PE-DNI', 'DNI (Perú) B4821977'],
  ])('names %s by its type in words and its number', (_case, type, text) => {
    const html = render({
      document: { type, number: 'B4821977', issuingState: null, expiryDate: null },
      identityBasis: 'document',
    });
    expect(html).toContain('Documento presentado');
    expect(html).toContain(text);
  });

  it('says who issued it and when it expires', () => {
    const html = render({
      document: { type: 'P', number: 'B4821977', issuingState: 'BOL', expiryDate: '2024-03-01' },
      identityBasis: 'document',
    });
    expect(html).toContain('Pasaporte B4821977, emitido por BOL, vence el 1 mar 2024');
  });

  it.each([
    ['declared', 'Sin documento. Identidad: Declarada por la persona'],
    ['family-member', 'Sin documento. Identidad: Por la palabra de un familiar'],
    ['other-document', 'Sin documento. Identidad: Otro documento (no de viaje)'],
    [null, 'Sin documento. No consta cómo se estableció la identidad'],
  ])('says there was no document and how identity was established (%s)', (identityBasis, text) => {
    expect(render({ document: null, identityBasis })).toContain(text);
  });
});
