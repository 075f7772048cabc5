// A decree's record in Spanish: a decree with no measures and no units says so, rather than showing
// two empty lines as if its record had not loaded; its rights and term are read by its country's
// constitution (Chile's for this decree of Chacalluta, Peru's for one counted in Lima).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { DecreeDetail } from '../../api/decrees-endpoints';
import { DecreeDetailView } from './decree-detail';

// As the app sets it up: React escapes what it renders.
const i18n = testI18n({ interpolation: { escapeValue: false } });

const content = {
  number: 'Decreto N.° 140-2026-INTERIOR',
  title: 'Prueba',
  issuedOn: '2026-12-01',
  publishedOn: null,
  legalBasis: 'Constitución Política de la República de Chile, arts. 42 y 43',
  timeZone: 'America/Santiago',
  startsOn: '2026-12-03',
  endsOn: '2026-12-17',
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
    chainEndsOn: '2026-12-17',
    from: '2026-12-03T03:00:00.000Z',
    to: '2026-12-18T03:00:00.000Z',
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

const render = (d: DecreeDetail, extension = 0) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DecreeDetailView
        detail={d}
        extension={extension}
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
  });

  it('says when a Chilean decree runs past the fifteen days of art. 42, and when an extension needs Congress', () => {
    const chile = (endsOn: string, extension: number) => {
      const d = detail([], []);
      return factOf(
        render({ ...d, decree: { ...d.decree, endsOn, chainEndsOn: endsOn } }, extension),
        'Vigencia',
      );
    };
    const zone = 'Santiago (Chile, UTC\u22124; UTC\u22123 en verano)';
    expect(chile('2026-12-17', 0)).toBe(`Del 3 dic 2026 al 17 dic 2026: 15 días, contados en ${zone}`);
    // Peru's sixty days, which before passed for a Chilean decree without a word.
    expect(chile('2027-01-31', 0)).toBe(
      `Del 3 dic 2026 al 31 ene 2027: 60 días, contados en ${zone} ` +
        'Rige más de los 15 días que permite la Constitución de Chile (art. 42) al decreto que declara el ' +
        'estado de emergencia y a su primera prórroga.',
    );
    expect(chile('2026-12-18', 1)).toContain('Rige más de los 15 días');
    expect(chile('2026-12-17', 2)).toBe(
      `Del 3 dic 2026 al 17 dic 2026: 15 días, contados en ${zone} ` +
        '2.ª prórroga: la Constitución de Chile (art. 42) exige el acuerdo del Congreso Nacional.',
    );
  });

  it('names the rights a Chilean decree restricts as Chile’s art. 19 does, and one it may not as such', () => {
    const d = detail([], []);
    const rights = (rightsSuspended: DecreeDetail['decree']['rightsSuspended']) => {
      const html = render({ ...d, decree: { ...d.decree, rightsSuspended } });
      return factOf(html, 'Derechos restringidos \\(Constitución de Chile, art\\. 43\\)');
    };
    expect(rights(['freedom-of-movement', 'freedom-of-assembly'])).toBe(
      'Libertad de locomoción (art. 19, n.º 7) Derecho de reunión (art. 19, n.º 13)',
    );
    // As the register kept it before it refused such a right: shown, not dropped, and said why.
    expect(rights(['home-inviolability'])).toBe(
      'Inviolabilidad de domicilio: la Constitución de Chile (art. 43) no permite restringirlo en el estado de emergencia.',
    );
  });

  it('names the zone the days are counted in as people read it, not by its IANA id', () => {
    const html = render(detail([], []));
    expect(factOf(html, 'Vigencia')).toBe(
      'Del 3 dic 2026 al 17 dic 2026: 15 días, contados en Santiago (Chile, UTC\u22124; UTC\u22123 en verano)',
    );
    expect(html).toContain(
      'Horas de Santiago (Chile, UTC\u22124; UTC\u22123 en verano), la zona horaria del decreto.',
    );
  });
});
