// Those who issue passes read why one was revoked as written, beside the cause verifiers are told; the
// revoke form says who reads what before the reason is written.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { SAMPLE_PASS } from '../../../../test/support/web-samples';
import type { PassReply } from '../../api/passes-endpoints';
import { IssuedPass } from './issued-pass';

const i18n = testI18n();

const PASS: PassReply = {
  ...SAMPLE_PASS,
  birthDate: null,
  text: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln',
  revoked: null,
};

async function markup(pass: PassReply, lng: 'es' | 'en'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <IssuedPass pass={pass} onChange={() => undefined} />
    </I18nextProvider>,
  );
}

async function text(pass: PassReply, lng: 'es' | 'en'): Promise<string> {
  return (await markup(pass, lng)).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"');
}

describe('IssuedPass', () => {
  it.each([
    [
      'es',
      'Pase revocado: lo retiró la autoridad que lo emitió.',
      '«Coincidencia en lista de vigilancia INTERPOL»',
    ],
    [
      'en',
      'Pass revoked: withdrawn by the authority that issued it.',
      '“Coincidencia en lista de vigilancia INTERPOL”',
    ],
  ] as const)('shows the supervisor the cause and the reason as written (%s)', async (lng, cause, reason) => {
    const revoked = {
      reason: 'Coincidencia en lista de vigilancia INTERPOL',
      at: '2026-12-05T05:57:00.000Z',
      cause: 'withdrawn' as const,
    };
    const shown = await text({ ...PASS, revoked }, lng);
    expect(shown).toContain(cause);
    expect(shown).toContain(reason);
  });

  it('checks the reason as the other forms do, in the app’s words, not the browser’s bubble', async () => {
    const form = /<form[^>]*>/.exec(await markup(PASS, 'es'))?.[0] ?? '';
    expect(form).toContain('noValidate');
  });

  it('stops the reason at the 500 characters the API takes', async () => {
    const input = /<input[^>]*id="pass-revoke-reason"[^>]*>/.exec(await markup(PASS, 'es'))?.[0] ?? '';
    expect(input).toContain('maxLength="500"');
  });

  it.each([
    ['es', 'Los controles y los socios humanitarios que verifican el pase solo ven que está revocado'],
    ['en', 'Checkpoints and humanitarian partners who verify the pass see only that it is revoked'],
  ] as const)('tells the supervisor, beside the reason, who reads what (%s)', async (lng, words) => {
    expect(await text(PASS, lng)).toContain(words);
  });
});
