// A revoked pass is explained in the reader's language from its cause: the verifier (a checkpoint or a
// humanitarian partner) holds no reason as written, only the cause and, for someone who left a convoy,
// the stop.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { SAMPLE_PASS } from '../../../../test/support/web-samples';
import type { RevocationCause, Verification } from '../../../domain/passes';
import { PassVerdict } from './pass-verdict';

const i18n = testI18n();

const PASS = SAMPLE_PASS;

const revoked = (cause: RevocationCause, stop?: string): Verification => ({
  valid: false,
  reason: { code: 'revoked', pass: PASS, at: '2026-12-05T05:57:00.000Z', cause, ...(stop && { stop }) },
});

async function text(result: Verification, lng: 'es' | 'en'): Promise<string> {
  await i18n.changeLanguage(lng);
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <PassVerdict result={result} />
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ');
}

describe('PassVerdict for a revoked pass', () => {
  it.each([
    ['withdrawn', undefined, 'es', 'lo retiró la autoridad que lo emitió.'],
    ['withdrawn', undefined, 'en', 'withdrawn by the authority that issued it.'],
    ['left-convoy', 'MOQUEGUA', 'es', 'su titular dejó el convoy en el camino, en MOQUEGUA.'],
    ['left-convoy', 'MOQUEGUA', 'en', 'its holder left the convoy on the road, at MOQUEGUA.'],
    ['left-convoy', undefined, 'es', 'su titular dejó el convoy en el camino.'],
    ['convoy-cancelled', undefined, 'es', 'el convoy fue cancelado.'],
    ['convoy-cancelled', undefined, 'en', 'the convoy was cancelled.'],
  ] as const)('says a %s revocation (stop %s) in %s words', async (cause, stop, lng, words) => {
    const shown = await text(revoked(cause, stop), lng);
    expect(shown).toContain(words);
    expect(shown).toContain(lng === 'es' ? 'Pase revocado el' : 'Pass revoked on');
    expect(shown).toContain('Pedro Ramírez Soto');
  });
});

describe('PassVerdict for a valid pass', () => {
  const valid = (document: { kind: string; number: string }): Verification => ({
    valid: true,
    pass: { ...PASS, document },
  });

  it.each([
    ['P', 'es', 'Pasaporte V03755187'],
    ['P', 'en', 'Passport V03755187'],
    ['ID', 'es', 'Documento de identidad V03755187'],
    ['VE-CI', 'es', 'Cédula de identidad (Venezuela) V03755187'],
    ['VE-CI', 'en', 'Identity card (Venezuela) V03755187'],
    ['Carnet', 'es', 'Carnet V03755187'],
  ] as const)('names a %s document in %s words, as the printed pass does', async (kind, lng, words) => {
    expect(await text(valid({ kind, number: 'V03755187' }), lng)).toContain(words);
  });
});
