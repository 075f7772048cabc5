// The Intl locale for the interface language in use.
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/language';

export function useLocale(): string {
  const { i18n } = useTranslation();
  return intlLocale(i18n.resolvedLanguage ?? i18n.language);
}
