import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { tooLongErrors } from './too-long';

const i18n = testI18n();

describe('tooLongErrors', () => {
  it.each([
    ['es', 'Este dato admite como máximo 200 caracteres y tiene 400: acórtelo.'],
    ['en', 'This field takes at most 200 characters and has 400: shorten it.'],
  ] as const)(
    'says a text is too long, with the limit, in the reader’s language (%s)',
    async (lng, words) => {
      await i18n.changeLanguage(lng);
      expect(tooLongErrors({ name: 'a'.repeat(400) }, { name: 200 }, i18n.t)).toEqual({ name: words });
    },
  );

  it('counts as the server does, without the spaces around the text, and passes fields without a limit', () => {
    const values = { name: ` ${'a'.repeat(200)} `, note: 'a'.repeat(5000) };
    expect(tooLongErrors(values, { name: 200 }, i18n.t)).toEqual({});
  });
});
