// The pass form's passenger fields stop at what the API takes, and the document's type is chosen by
// name from the types the booth registers, not typed as a code nobody is told about.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { IssuePassPage } from './issue-page';

const i18n = testI18n();

async function html(lng: 'es' | 'en'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <IssuePassPage />
    </I18nextProvider>,
  );
}

const attributesOf = (markup: string, id: string): string =>
  new RegExp(`<(?:input|select)[^>]*\\bid="${id}"[^>]*>`).exec(markup)?.[0] ?? '';

describe('IssuePassPage', () => {
  it.each([
    ['pass-name', 200],
    ['pass-documentNumber', 64],
  ])('stops %s at the %i characters the API takes', async (id, limit) => {
    expect(attributesOf(await html('es'), id)).toContain(`maxLength="${limit}"`);
  });

  it.each([
    ['es', ['Sin documento (el pase dirá «no consta»)', 'Pasaporte', 'Documento de identidad', 'DNI (Perú)']],
    ['en', ['No document (the pass will say “not stated”)', 'Passport', 'Identity card', 'DNI (Peru)']],
  ] as const)('offers the document types by name (%s)', async (lng, names) => {
    const markup = await html(lng);
    expect(attributesOf(markup, 'pass-documentKind')).toMatch(/^<select/);
    const select = /<select[^>]*id="pass-documentKind"[^>]*>([\s\S]*?)<\/select>/.exec(markup)?.[1] ?? '';
    const options = [...select.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]);
    for (const name of names) expect(options).toContain(name.replace(/&/g, '&amp;'));
    expect(select).toContain('value="P"');
    expect(select).toContain('value="PE-DNI"');
  });
});
