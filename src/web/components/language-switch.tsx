// Switches the interface language; each choice is written in its own language, for whoever needs it.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/language';
import { changeLanguage } from '../i18n/setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const names: Record<Language, string> = { es: t('language.es'), en: t('language.en') };
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-button"
          aria-pressed={current === language}
          onClick={() => changeLanguage(language)}
        >
          {names[language]}
        </button>
      ))}
    </fieldset>
  );
}
