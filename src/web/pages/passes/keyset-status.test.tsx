// When the verifier's keys were downloaded is said on the server's clock: a checkpoint officer judges
// by it whether the keys are fresh, and the device's clock may be hours off. A time kept by an earlier
// version, on the device's clock, says so; a device clock that is off is said, with by how much.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { KeysetStatus } from './keyset-status';
import type { KeptKeyset } from './keyset-store';

const KEYSET = { version: 'v1', keys: [], revoked: [] };
// 14:05 in Lima, 16:05 in Santiago (in summer time).
const AT = '2026-12-07T19:05:00.000Z';

const render = (
  kept: KeptKeyset,
  source: 'fresh' | 'kept',
  clockOffset: number | null,
  lng = 'es',
  timeZone = 'America/Lima',
) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng })}>
      <KeysetStatus kept={kept} source={source} clockOffset={clockOffset} timeZone={timeZone} />
    </I18nextProvider>,
  ).replace(/<[^>]+>/g, ' ');

describe('the verifier keys line', () => {
  it('says when the keys were downloaded on the server clock', () => {
    const kept: KeptKeyset = { keyset: KEYSET, fetchedAt: AT, clock: 'server' };
    expect(render(kept, 'kept', 3 * 3_600_000)).toContain(
      'Sin conexión: se usan las claves descargadas el 7 dic 2026, 14:05 GMT-5, hora del servidor (0 claves, 0 pases revocados).',
    );
    expect(render(kept, 'fresh', 0, 'en')).toContain('Keys updated on 7 Dec 2026, 14:05 GMT-5, server time');
  });

  it("writes the download's time on the clock of the checkpoint verifying", () => {
    const kept: KeptKeyset = { keyset: KEYSET, fetchedAt: AT, clock: 'server' };
    expect(render(kept, 'fresh', 0, 'es', 'America/Santiago')).toContain(
      'Claves actualizadas el 7 dic 2026, 16:05 GMT-3, hora del servidor',
    );
  });

  it('says plainly a time kept on the device clock is so, and how far off that clock is', () => {
    const kept: KeptKeyset = { keyset: KEYSET, fetchedAt: AT };
    const words = render(kept, 'kept', 3 * 3_600_000);
    expect(words).toContain('14:05 GMT-5 según el reloj de este equipo, que puede no estar en hora');
    expect(words).toContain('El reloj de este equipo va 3 h adelantado respecto del servidor.');
    // Passes are judged on the server's clock all the same: the warning does not say otherwise.
    expect(words).toContain('Los pases se juzgan con la hora del servidor');
    expect(render(kept, 'kept', -(2 * 3_600_000 + 5 * 60_000))).toContain('va 2 h 5 min atrasado');
  });

  it('says nothing of a device clock within five minutes of the server clock', () => {
    const kept: KeptKeyset = { keyset: KEYSET, fetchedAt: AT, clock: 'server' };
    expect(render(kept, 'kept', 4 * 60_000)).not.toContain('El reloj de este equipo');
    expect(render(kept, 'kept', null)).not.toContain('El reloj de este equipo');
  });
});
