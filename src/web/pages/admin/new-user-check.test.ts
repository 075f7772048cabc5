// A new account is checked before it is sent: every fault at once, each in a sentence of the reader's
// language, by the rules the API applies. It was the server's first complaint per send, and in English
// a raw fragment of its schema.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CreateUserBody } from '../../../api/accounts';
import { EN, ES } from '../../i18n/catalogues';
import { newUserFaults } from './new-user-check';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { es: { translation: ES }, en: { translation: EN } },
  lng: 'es',
  initAsync: false,
});
const es = i18n.getFixedT('es');
const en = i18n.getFixedT('en');

const SOUND = {
  username: 'jose.perez',
  password: 'una frase larga',
  role: 'officer',
  checkpointIds: ['cp'],
} as const;

describe('newUserFaults', () => {
  it('marks a bad username, a short password and an officer without a checkpoint at once', () => {
    const user = { username: 'José Pérez', password: 'short', role: 'officer', checkpointIds: [] } as const;
    expect(newUserFaults(user, es)).toEqual({
      username:
        'Use solo minúsculas sin tildes ni eñes, números, punto, guion y guion bajo, sin espacios, empezando por una letra o un número: por ejemplo jose.perez.',
      password: 'La contraseña es demasiado corta: use al menos 10 caracteres.',
      checkpointIds: 'Un oficial de control necesita al menos un puesto de control: marque uno.',
    });
    expect(newUserFaults(user, en)).toEqual({
      username:
        'Use only lower-case letters without accents, digits, dot, dash and underscore, with no spaces, starting with a letter or a digit: for example jose.perez.',
      password: 'The password is too short: use at least 10 characters.',
      checkpointIds: 'An officer needs at least one checkpoint: tick one.',
    });
  });

  it('says a username is too short in words', () => {
    expect(newUserFaults({ ...SOUND, username: ' jp ' }, es).username).toBe(
      'El nombre de usuario necesita al menos 3 caracteres.',
    );
    expect(newUserFaults({ ...SOUND, username: 'jp' }, en).username).toBe(
      'A username needs at least 3 characters.',
    );
  });

  it('leaves blank fields to the required mark, and a supervisor without a checkpoint alone', () => {
    expect(newUserFaults({ ...SOUND, username: '  ', password: '' }, es)).toEqual({});
    expect(newUserFaults({ ...SOUND, role: 'supervisor', checkpointIds: [] }, es)).toEqual({});
  });

  it.each([
    ['jose.perez', true],
    ['  jose_perez-2  ', true],
    ['oficial.santarosa', true],
    ['José', false],
    ['jose perez', false],
    ['Jose', false],
    ['.jose', false],
    ['jp', false],
  ])('judges the username %j as the API does (%s)', (username, sound) => {
    const body = { username, displayName: 'X', role: 'supervisor', password: SOUND.password };
    expect(CreateUserBody.safeParse(body).success).toBe(sound);
    expect(newUserFaults({ ...SOUND, username }, es).username === undefined).toBe(sound);
  });

  it.each([
    ['123456789', false],
    ['1234567890', true],
    // Counted in characters as the server counts them: nine emoji are nine, not eighteen.
    ['😀'.repeat(9), false],
  ])('judges the password %j long enough as the API does (%s)', (password, sound) => {
    expect(newUserFaults({ ...SOUND, password }, es).password === undefined).toBe(sound);
  });
});
