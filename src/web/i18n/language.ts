// Which language the interface speaks: the person's stored choice, else the browser's, else Spanish.
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'es';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `stored` is the saved preference (or null); `browser` the browser's tags, most preferred first. */
export function pickLanguage(stored: string | null, browser: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The locale for Intl formatting: Latin American Spanish suits Peru and Chile better than Spain's. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'es-419';
}
