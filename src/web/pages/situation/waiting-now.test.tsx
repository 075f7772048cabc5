// Who waits now, on the dashboard: one checkpoint's lines are added up; two checkpoints' never are,
// since the crowd between the posts may be counted at both (docs/situation.md).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { LatestObservation } from '../../api/situation-endpoints';
import { WaitingLines } from './waiting-now';

const i18n = testI18n();

const ZONES: Readonly<Record<string, string>> = {
  'CL-CHACALLUTA': 'America/Santiago',
  'PE-SANTA-ROSA': 'America/Lima',
};

const seen = (code: string, name: string, side: 'entry' | 'exit', value: number): LatestObservation => ({
  checkpoint: { code, name, timeZone: ZONES[code] ?? 'UTC' },
  side,
  kind: 'peopleWaiting',
  value,
  observedAt: '2026-12-02T07:00:00.000Z',
  observationId: `${code}-${side}`,
  observerName: null,
});

const text = (lines: readonly LatestObservation[]) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <WaitingLines seen={lines} />
    </I18nextProvider>,
  ).replace(/<[^>]+>/g, ' ');

describe('WaitingLines', () => {
  it("adds up one checkpoint's two lines", () => {
    const out = text([
      seen('PE-SANTA-ROSA', 'Santa Rosa', 'entry', 96),
      seen('PE-SANTA-ROSA', 'Santa Rosa', 'exit', 22),
    ]);
    expect(out).toContain('118 personas esperan en las filas.');
  });

  it('gives each checkpoint its own total and never adds two checkpoints together', () => {
    const out = text([
      seen('CL-CHACALLUTA', 'Chacalluta', 'entry', 15),
      seen('CL-CHACALLUTA', 'Chacalluta', 'exit', 80),
      seen('PE-SANTA-ROSA', 'Santa Rosa', 'entry', 96),
      seen('PE-SANTA-ROSA', 'Santa Rosa', 'exit', 22),
    ]);
    expect(out).toContain('95 personas esperan en las filas.');
    expect(out).toContain('118 personas esperan en las filas.');
    expect(out).not.toContain('213');
    expect(out).toContain('no se suman entre puestos');
  });

  it("says when each line was seen on its checkpoint's clock, on 24 hours", () => {
    const out = text([
      { ...seen('CL-CHACALLUTA', 'Chacalluta', 'exit', 80), observedAt: '2026-12-02T19:00:00.000Z' },
      { ...seen('PE-SANTA-ROSA', 'Santa Rosa', 'entry', 96), observedAt: '2026-12-02T19:00:00.000Z' },
    ]);
    expect(out).toMatch(/Para salir: 80 \(observado [^)]*16:00 GMT-3\)/);
    expect(out).toMatch(/Para entrar: 96 \(observado [^)]*14:00 GMT-5\)/);
    expect(out).not.toMatch(/[ap]\. ?m\./);
  });
});
