// The decree form follows the constitution of the decree's country: a Chilean decree is offered the
// two freedoms Chile's art. 43 lets a state of emergency restrict, named as its art. 19 does, and is
// warned of Chile's fifteen days and of an extension that needs the Congreso Nacional (art. 42); a
// Peruvian one is offered Peru's four rights of art. 137.1 and sixty days. Rendered in Spanish.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { santaRosa } from '../../../../test/support/web-samples';
import type { DecreeView } from '../../api/decrees-endpoints';
import { DecreeForm, type FormMode } from './decree-form';

const i18n = testI18n({ interpolation: { escapeValue: false } });
const chacalluta = {
  ...santaRosa(),
  id: '5a7a0000-0000-4000-8000-000000000002',
  code: 'CL-CHACALLUTA',
  name: 'Complejo Fronterizo Chacalluta',
  country: 'CHL',
  timeZone: 'America/Santiago',
};

/** A Chilean declaration over Chacalluta: 1 to 15 December 2026, fifteen days. */
const chilean: DecreeView = {
  id: '0a7a0000-0000-4000-8000-0000000000c1',
  version: 1,
  number: 'Decreto N.° 31-2026-INTERIOR',
  title: 'Declara estado de excepción constitucional de emergencia en Chacalluta',
  issuedOn: '2026-11-30',
  publishedOn: '2026-11-30',
  legalBasis: 'Constitución Política de la República de Chile, arts. 42 y 43',
  timeZone: 'America/Santiago',
  startsOn: '2026-12-01',
  endsOn: '2026-12-15',
  checkpoints: ['CL-CHACALLUTA'],
  areas: [],
  rightsSuspended: ['freedom-of-movement'],
  measures: [],
  units: [],
  extends: null,
  extendedBy: [],
  chainEndsOn: '2026-12-15',
  from: '2026-12-01T03:00:00.000Z',
  to: '2026-12-16T03:00:00.000Z',
  createdAt: '2026-11-30T15:00:00.000Z',
  updatedAt: '2026-11-30T15:00:00.000Z',
};

const render = (mode: FormMode) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DecreeForm
        mode={mode}
        checkpoints={[santaRosa(), chacalluta]}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />
    </I18nextProvider>,
  );

/** The rights offered, each as its box's label says it, and whether it is ticked. */
function rightsOffered(html: string): string[] {
  const group = /<legend>Derechos restringidos[^<]*<\/legend>(.*?)<\/fieldset>/.exec(html)?.[1] ?? '';
  return [...group.matchAll(/<input type="checkbox"( checked="")?\/><span>(.*?)<\/span>/g)].map(
    (m) => `${m[1] === undefined ? '☐' : '☑'} ${m[2] ?? ''}`,
  );
}

const legendOf = (html: string) => /<legend>(Derechos restringidos[^<]*)<\/legend>/.exec(html)?.[1];
const noticesOf = (html: string) =>
  [...html.matchAll(/<p class="notice notice-warning" data-testid="([^"]+)">(.*?)<\/p>/g)].map((m) => [
    m[1],
    m[2],
  ]);

describe('the decree form of a Chilean decree', () => {
  it('offers only the freedoms of movement and assembly of art. 43, named as Chile’s art. 19 does', () => {
    const html = render({ kind: 'amend', decree: chilean, extension: 0 });
    expect(legendOf(html)).toBe('Derechos restringidos (Constitución de Chile, art. 43)');
    expect(rightsOffered(html)).toEqual([
      '☑ Libertad de locomoción (art. 19, n.º 7)',
      '☐ Derecho de reunión (art. 19, n.º 13)',
    ]);
    expect(html).not.toContain('art. 2, inc.');
    expect(noticesOf(html)).toEqual([]);
  });

  it('warns of a decree longer than fifteen days, citing art. 42', () => {
    const html = render({ kind: 'amend', decree: { ...chilean, endsOn: '2027-01-29' }, extension: 0 });
    expect(noticesOf(html)).toEqual([
      [
        'decree-long-term',
        'Este decreto rige 60 días: la Constitución de Chile (art. 42) limita el estado de emergencia a 15, ' +
          'y el Presidente puede prorrogarlo una vez por igual período. Revise el primer y el último día; ' +
          'si son los publicados, regístrelo así.',
      ],
    ]);
  });

  it('proposes the President’s extension for fifteen days, and warns of a second one that needs Congress', () => {
    const first = render({ kind: 'extend', base: chilean, extension: 1 });
    // 16 to 30 December: the fifteen days the President may extend it by.
    expect(first).toContain('value="16/12/2026"');
    expect(first).toContain('value="30/12/2026"');
    expect(noticesOf(first)).toEqual([]);
    const extension = { ...chilean, id: '0a7a0000-0000-4000-8000-0000000000c2', startsOn: '2026-12-16' };
    const second = render({
      kind: 'extend',
      base: { ...extension, endsOn: '2026-12-30', chainEndsOn: '2026-12-30' },
      extension: 2,
    });
    expect(noticesOf(second)).toEqual([
      [
        'decree-needs-congress',
        'Es la 2.ª prórroga de este estado de emergencia: la Constitución de Chile (art. 42) exige para ella ' +
          'el acuerdo del Congreso Nacional. Compruebe que lo tuvo y cítelo en la base legal antes de registrarla.',
      ],
    ]);
  });

  it('keeps a right Chile does not allow that an older record names, ticked and said why, to be left out', () => {
    const kept = { ...chilean, rightsSuspended: ['freedom-of-movement', 'home-inviolability'] as const };
    const html = render({ kind: 'amend', decree: kept, extension: 0 });
    expect(rightsOffered(html)).toEqual([
      '☑ Libertad de locomoción (art. 19, n.º 7)',
      '☐ Derecho de reunión (art. 19, n.º 13)',
      '☑ Inviolabilidad de domicilio: la Constitución de Chile (art. 43) no permite restringirlo en el estado de emergencia.',
    ]);
    expect(html).toContain(i18n.t('decrees.problem.rightNotRestrictable'));
  });
});

describe('the decree form of a Peruvian decree', () => {
  it('offers the four rights of art. 137.1 and sixty days, and cites Peru’s constitution when new', () => {
    const html = render({ kind: 'new' });
    expect(legendOf(html)).toBe('Derechos restringidos (Constitución del Perú, art. 137)');
    expect(rightsOffered(html)).toEqual([
      '☐ Libertad y seguridad personales (art. 2, inc. 24, lit. f)',
      '☐ Inviolabilidad de domicilio (art. 2, inc. 9)',
      '☐ Libertad de reunión (art. 2, inc. 12)',
      '☐ Libertad de tránsito (art. 2, inc. 11)',
    ]);
    expect(html).toContain('value="Constitución Política del Perú, art. 137, num. 1"');
    const peruvian = { ...chilean, timeZone: 'America/Lima', checkpoints: ['PE-SANTA-ROSA'] };
    const extension = render({ kind: 'extend', base: peruvian, extension: 3 });
    // 16 December to 13 February: sixty days, and no Congress to ask however many came before.
    expect(extension).toContain('value="13/02/2027"');
    expect(noticesOf(extension)).toEqual([]);
  });
});
