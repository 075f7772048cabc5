// A revoked pass is explained in the reader's language from its cause: the verifier (a checkpoint or a
// humanitarian partner) holds no reason as written, only the cause and, for someone who left a convoy,
// the stop.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { SAMPLE_PASS } from '../../../../test/support/web-samples';
import type { RevocationCause, Verification } from '../../../domain/passes';
import type { CheckedPass } from './check-pass';
import { PassVerdict } from './pass-verdict';

const i18n = testI18n();

const PASS = SAMPLE_PASS;

const revoked = (cause: RevocationCause, stop?: string): Verification => ({
  valid: false,
  reason: { code: 'revoked', pass: PASS, at: '2026-12-05T05:57:00.000Z', cause, ...(stop && { stop }) },
});

// Judged at 02:00 in Lima on the 6th: 04:00 in Santiago, where summer time runs in December.
const judged = (verification: Verification, clock: CheckedPass['clock'] = 'server'): CheckedPass => ({
  verification,
  at: '2026-12-06T07:00:00.000Z',
  clock,
});

async function text(
  result: Verification | CheckedPass,
  lng: 'es' | 'en',
  timeZone = 'America/Lima',
): Promise<string> {
  await i18n.changeLanguage(lng);
  const checked = 'verification' in result ? result : judged(result);
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <PassVerdict checked={checked} timeZone={timeZone} />
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replaceAll('&#x27;', "'");
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

describe('PassVerdict times', () => {
  const valid: Verification = { valid: true, pass: PASS };

  it.each([
    ['America/Santiago', '5 dic 2026, 02:00 GMT-3', '7 dic 2026, 02:00 GMT-3'],
    ['America/Lima', '5 dic 2026, 00:00 GMT-5', '7 dic 2026, 00:00 GMT-5'],
  ])('writes the validity on the clock of the checkpoint verifying (%s)', async (zone, from, until) => {
    const shown = await text(valid, 'es', zone);
    expect(shown).toContain(from);
    expect(shown).toContain(until);
  });

  it('writes an expired pass on the checkpoint clock too', async () => {
    const expired: Verification = { valid: false, reason: { code: 'expired', pass: PASS } };
    expect(await text(expired, 'es', 'America/Santiago')).toContain(
      'Pase vencido: valía hasta el 7 dic 2026, 02:00 GMT-3.',
    );
  });

  it.each([
    ['server', 'es', 'Vigencia comprobada con la hora del servidor: 6 dic 2026, 04:00 GMT-3.'],
    ['server', 'en', "Validity checked against the server's time: 6 Dec 2026, 04:00 GMT-3."],
    [
      'device',
      'es',
      'Vigencia comprobada con la hora de este equipo, 6 dic 2026, 04:00 GMT-3: la del servidor',
    ],
    ['device', 'en', "Validity checked against this device's time, 6 Dec 2026, 04:00 GMT-3: the server's"],
  ] as const)('says the %s clock judged it, and at what time (%s)', async (clock, lng, words) => {
    for (const verification of [valid, { valid: false, reason: { code: 'altered' } } as const]) {
      expect(await text(judged(verification, clock), lng, 'America/Santiago')).toContain(words);
    }
  });
});
