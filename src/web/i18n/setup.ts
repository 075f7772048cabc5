// Starts i18next with both catalogues bundled (they are small; catalogues.ts merges the areas' files)
// and keeps <html lang> and the stored preference in step with the language in use.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { EN, ES, withEveryPluralForm } from './catalogues';
import { DEFAULT_LANGUAGE, type Language, pickLanguage } from './language';

const STORAGE_KEY = 'paso.language';

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private mode, policy): then the browser's language decides.
    return null;
  }
}

function storeLanguage(language: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits when storage is off; the switch still works for this visit.
  }
}

export function setupI18n(): typeof i18next {
  const browser = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const language = pickLanguage(readStoredLanguage(), browser);
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void i18next.use(initReactI18next).init({
    resources: {
      es: { translation: withEveryPluralForm(ES, 'es') },
      en: { translation: withEveryPluralForm(EN, 'en') },
    },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['es', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return i18next;
}

export function changeLanguage(language: Language): void {
  storeLanguage(language);
  void i18next.changeLanguage(language);
}
