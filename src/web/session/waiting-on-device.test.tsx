// The login page says how many records wait on the device before anyone signs in, and whose they are:
// each officer's go when that officer signs in again.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import type { WaitingFor } from '../offline/instance';
import { WaitingNotice } from './waiting-on-device';

const i18n = testI18n();

const html = (waiting: readonly WaitingFor[]) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <WaitingNotice waiting={waiting} />
    </I18nextProvider>,
  );
const text = (count: number) => html(count === 0 ? [] : [{ username: null, count }]);

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

  it('names the officer whose records wait, for each officer', () => {
    const out = html([
      { username: 'oficial.santarosa', count: 3 },
      { username: 'oficial.chacalluta', count: 1 },
    ]);
    expect(out).toContain(
      '3 registros de oficial.santarosa esperan su envío en este equipo: se enviarán cuando oficial.santarosa inicie sesión aquí.',
    );
    expect(out).toContain('1 registro de oficial.chacalluta espera su envío en este equipo');
  });

  it('says nothing when no record waits', () => {
    expect(text(0)).toBe('');
  });
});
