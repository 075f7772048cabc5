// Signing out asks first whenever something would be lost or left waiting: a registration half typed
// at the booth, the network gone, records still to send; with none of them it signs out at once.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { logoutQuestion } from './logout-question';

const i18n = testI18n();
const calm = { online: true, waiting: 0, isEditing: false };

describe('logoutQuestion', () => {
  it('asks nothing when nothing would be lost', () => {
    expect(logoutQuestion(calm, i18n.t)).toEqual([]);
  });

  it.each([
    ['es', 'Hay un registro sin guardar en la caseta'],
    ['en', 'A registration at the booth is not saved'],
  ] as const)('asks first, in %s, when a registration at the booth is not saved', async (language, words) => {
    await i18n.changeLanguage(language);
    const question = logoutQuestion({ ...calm, isEditing: true }, i18n.t);
    expect(question).toHaveLength(1);
    expect(question[0]).toContain(words);
    await i18n.changeLanguage('es');
  });

  it('says the unsaved registration first, beside the network and the records waiting', () => {
    const question = logoutQuestion({ online: false, waiting: 2, isEditing: true }, i18n.t);
    expect(question).toHaveLength(3);
    expect(question[0]).toContain('sin guardar');
    expect(question[1]).toContain('Sin conexión');
    expect(question[2]).toContain('2 registros');
  });
});
