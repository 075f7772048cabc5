// For tests of the web app's words: an i18next instance with the app's catalogues (Spanish and
// English), in Spanish, hooked into react-i18next for components. It is ready at once: the
// resources are given and `initAsync: false`, so no test has to wait for it in a beforeAll.
import i18next, { type InitOptions, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { EN, ES } from '../../src/web/i18n/catalogues';

/** Each call is a new instance, so a test that changes its language changes only its own. */
export function testI18n(options: InitOptions = {}): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { es: { translation: ES }, en: { translation: EN } },
    lng: 'es',
    initAsync: false,
    ...options,
  });
  return instance;
}
