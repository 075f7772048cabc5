// The verifier names the clock its times are written on: the checkpoint's where it verifies (as the
// checkpoint record carries it), and the device's, said so, while no checkpoint is known.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { santaRosa } from '../../../../test/support/web-samples';
import type { Checkpoint } from '../../api/types';
import { PassZone } from './pass-zone';

const chacalluta: Checkpoint = {
  ...santaRosa(),
  id: '5a7a0000-0000-4000-8000-000000000002',
  code: 'CL-CHACALLUTA',
  name: 'Chacalluta',
  country: 'CHL',
  timeZone: 'America/Santiago',
};

const render = (checkpoints: readonly Checkpoint[], checkpoint: Checkpoint | null, timeZone: string) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng: 'es' })}>
      <PassZone place={{ checkpoints, checkpoint, timeZone, choose: () => undefined }} />
    </I18nextProvider>,
  );
const words = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe('PassZone', () => {
  it.each([
    [chacalluta, 'Horas de Chacalluta: Santiago (Chile, UTC−4; UTC−3 en verano).'],
    [santaRosa(), 'Horas de Santa Rosa: Lima (Perú, UTC−5).'],
  ])("names the checkpoint's zone", (checkpoint, said) => {
    const html = render([checkpoint], checkpoint, checkpoint.timeZone);
    expect(words(html)).toContain(said);
    // One checkpoint of the user's: nothing to choose.
    expect(html).not.toContain('<select');
  });

  it('offers the checkpoints to choose from when the user has several', () => {
    const html = render([santaRosa(), chacalluta], chacalluta, 'America/Santiago');
    expect(html).toContain('id="pass-checkpoint"');
    expect(html).toMatch(/<option value="CL-CHACALLUTA"[^>]*selected/);
  });

  it("says the times are on the device's zone while no checkpoint is known", () => {
    expect(words(render([], null, 'America/La_Paz'))).toContain(
      'Horas de este equipo: La Paz (Bolivia, UTC−4). No se sabe aún en qué puesto de control está',
    );
  });
});
