// A decree's record in Spanish: a decree with no measures and no units says so, rather than showing
// two empty lines as if its record had not loaded.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { DecreeDetail } from '../../api/decrees-endpoints';
import { DecreeDetailView } from './decree-detail';

// As the app sets it up: React escapes what it renders.
const i18n = testI18n({ interpolation: { escapeValue: false } });

const content = {
  number: 'D.S. N.° 140-2025-PCM',
  title: 'Prueba',
  issuedOn: '2026-12-01',
  publishedOn: null,
  legalBasis: 'Constitución Política del Perú, art. 137, num. 1',
  timeZone: 'America/Santiago',
  startsOn: '2026-12-03',
  endsOn: '2027-01-31',
  checkpoints: ['CL-CHACALLUTA'],
  areas: [],
  rightsSuspended: [],
  measures: [],
  units: [],
};

const detail = (measures: string[], units: DecreeDetail['decree']['units']): DecreeDetail => ({
  decree: {
    ...content,
    measures,
    units,
    id: '01a237dc-f742-74d0-9cdd-88c4b83b005c',
    version: 1,
    extends: null,
    extendedBy: [],
    chainEndsOn: '2027-01-31',
    from: '2026-12-03T03:00:00.000Z',
    to: '2027-02-01T03:00:00.000Z',
    createdAt: '2026-12-02T17:45:59.000Z',
    updatedAt: '2026-12-02T17:45:59.000Z',
  },
  history: [],
});

/** What the record says under a heading: the text of the <dd> after the <dt>. */
function factOf(html: string, heading: string): string {
  const dd = new RegExp(`<dt>${heading}</dt><dd>(.*?)</dd>`).exec(html)?.[1] ?? '';
  return dd
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const render = (d: DecreeDetail) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DecreeDetailView
        detail={d}
        checkpointNames={new Map([['CL-CHACALLUTA', 'Complejo Fronterizo Chacalluta']])}
        onSelect={() => undefined}
        actions={null}
      />
    </I18nextProvider>,
  );

describe('DecreeDetailView', () => {
  it('says a decree has no measures and no units rather than leaving them blank', () => {
    const html = render(detail([], []));
    expect(factOf(html, 'Medidas')).toBe('Ninguna');
    expect(factOf(html, 'Unidades desplegadas y sus tareas')).toBe('Ninguna');
  });

  it('lists the measures and units a decree has', () => {
    const html = render(
      detail(['Control de identidad'], [{ name: 'Batallón Tacna', force: 'armed-forces', tasks: ['Apoyo'] }]),
    );
    expect(factOf(html, 'Medidas')).toBe('Control de identidad');
    expect(factOf(html, 'Unidades desplegadas y sus tareas')).toContain('Batallón Tacna');
  });

  it('says when a Peruvian decree runs past the sixty days of art. 137.1, and not when it runs sixty', () => {
    const lima = (endsOn: string) => {
      const d = detail([], []);
      return render({ ...d, decree: { ...d.decree, timeZone: 'America/Lima', endsOn, chainEndsOn: endsOn } });
    };
    // 3 December to 31 January: sixty days.
    expect(factOf(lima('2027-01-31'), 'Vigencia')).toBe(
      'Del 3 dic 2026 al 31 ene 2027: 60 días, contados en Lima (Perú, UTC\u22125)',
    );
    expect(factOf(lima('2027-02-01'), 'Vigencia')).toBe(
      'Del 3 dic 2026 al 1 feb 2027: 61 días, contados en Lima (Perú, UTC\u22125) ' +
        'Rige más de los 60 días que permite la Constitución del Perú (art. 137.1).',
    );
    // Chile's terms differ by the kind of state, which the register does not record: nothing said.
    const chile = detail([], []);
    const long = { ...chile.decree, endsOn: '2027-06-30', chainEndsOn: '2027-06-30' };
    expect(factOf(render({ ...chile, decree: long }), 'Vigencia')).not.toContain('137');
  });

  it('names the zone the days are counted in as people read it, not by its IANA id', () => {
    const html = render(detail([], []));
    expect(factOf(html, 'Vigencia')).toBe(
      'Del 3 dic 2026 al 31 ene 2027: 60 días, contados en Santiago (Chile, UTC\u22124; UTC\u22123 en verano)',
    );
    expect(html).toContain(
      'Horas de Santiago (Chile, UTC\u22124; UTC\u22123 en verano), la zona horaria del decreto.',
    );
  });
});
