import { describe, expect, it } from 'vitest';
import { intlLocale, pickLanguage } from './language';

describe('pickLanguage', () => {
  it.each([
    ['en', ['es-PE'], 'en'],
    ['es', ['en-US'], 'es'],
    [null, ['en-US', 'es'], 'en'],
    [null, ['fr-FR', 'es-CL'], 'es'],
    [null, ['EN'], 'en'],
    [null, ['fr-FR', 'de'], 'es'],
    [null, [], 'es'],
    ['klingon', ['en-GB'], 'en'],
  ] as const)('with stored %j and browser %j speaks %s', (stored, browser, expected) => {
    expect(pickLanguage(stored, browser)).toBe(expected);
  });
});

describe('intlLocale', () => {
  it('formats Spanish the Latin American way', () => {
    expect(intlLocale('es')).toBe('es-419');
    expect(intlLocale('en')).toBe('en-GB');
  });
});
