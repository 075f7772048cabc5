// The login page says how many records wait on the device before anyone signs in, since the next
// session signed in here sends them.
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN, ES } from '../i18n/catalogues';
import { WaitingNotice } from './waiting-on-device';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { es: { translation: ES }, en: { translation: EN } },
    lng: 'es',
  });
});

const text = (count: number) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <WaitingNotice count={count} />
    </I18nextProvider>,
  );

describe('WaitingNotice', () => {
  it.each([
    [
      1,
      '1 registro espera su envío en este equipo. Se enviará con la próxima sesión que se inicie aquí: que inicie sesión quien lo registró.',
    ],
    [1200, '1200 registros esperan su envío en este equipo.'],
  ])('says that %i records wait and who should sign in to send them', (count, expected) => {
    expect(text(count)).toContain(expected.replace('1200', (1200).toLocaleString('es-PE')));
  });

  it('says nothing when no record waits', () => {
    expect(text(0)).toBe('');
  });
});
