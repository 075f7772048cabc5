// A card of corrections in conflict in the supervisor's view: it names whom the crossing is about, and
// lets the supervisor settle a dispute over the decision from the card as a held case is decided, and
// any other dispute by choosing the version that is right.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { CorrectionConflict } from '../../api/conflicts-endpoint';
import { ConflictCard } from './conflict-card';
import { sampleCorrection } from './conflict-samples';

const i18n = testI18n({ interpolation: { escapeValue: false } });

const correction = (id: string, set: Record<string, unknown>) => sampleCorrection(id, { set });

const DECISION: CorrectionConflict = {
  eventId: '0c0a0000-0000-4000-8000-000000000070',
  eventKind: 'crossing',
  eventAt: '2026-12-07T06:25:21Z',
  corrections: [
    correction('a', { decision: 'refused', refusalGround: 'no-valid-document' }),
    correction('b', { decision: 'referred-protection' }),
  ],
  pairs: [{ a: 'a', b: 'b', fields: ['decision', 'refusalGround'] }],
  current: { decision: 'referred-protection' },
  person: {
    givenNames: 'Rosa Elena',
    surname1: 'Mamani',
    surname2: null,
    sex: 'F',
    birthDate: '1979-08-15',
    nationality: 'BOL',
  },
};
const DIRECTION: CorrectionConflict = {
  ...DECISION,
  corrections: [correction('a', { direction: 'entry' }), correction('b', { direction: 'exit' })],
  pairs: [{ a: 'a', b: 'b', fields: ['direction'] }],
  current: { direction: 'exit' },
};
const TALLY: CorrectionConflict = {
  ...DECISION,
  eventKind: 'tally',
  corrections: [correction('a', { count: 2 }), correction('b', { count: 3 })],
  pairs: [{ a: 'a', b: 'b', fields: ['count'] }],
  current: { count: 3 },
  person: null,
};

const render = (conflict: CorrectionConflict) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ConflictCard
        conflict={conflict}
        checkpoint="PE-SANTA-ROSA"
        timeZone="America/Lima"
        onSettled={() => undefined}
      />
    </I18nextProvider>,
  );
const heading = (html: string) => /<h3[^>]*>(.*?)<\/h3>/.exec(html)?.[1];

describe('ConflictCard', () => {
  it('names the person the crossing is about, with their nationality, from the record as it counts now', () => {
    const html = render(DECISION);
    expect(heading(html)).toBe('Rosa Elena Mamani');
    expect(html).toContain('Cruce del 7 dic 2026, 01:25:21 GMT-5');
    expect(html).toMatch(/Nacionalidad<\/dt><dd>BOL \(BOL\)<\/dd>/);
  });

  it('lets the supervisor settle a dispute over the decision from the card, as they resolve a held case', () => {
    const html = render(DECISION);
    for (const choice of ['Admitir', 'Admitir en tránsito', 'Derivar a protección', 'Rechazar']) {
      expect(html).toContain(`aria-label="${choice}: Rosa Elena Mamani"`);
    }
    expect(html).toContain(i18n.t('overview.conflict.settleHere'));
  });

  it.each([
    ['a direction', DIRECTION, ['Sentido: Entrada', 'Sentido: Salida']],
    ['a tally’s count', TALLY, ['Cantidad: 2', 'Cantidad: 3']],
  ])(
    'lets the supervisor settle %s in dispute by choosing a version, offering no decision for it',
    (_case, conflict, versions) => {
      const html = render(conflict);
      expect(html).not.toContain('aria-label="Admitir');
      expect(html).toContain(i18n.t('overview.conflict.settleVersion'));
      const options = [...html.matchAll(/data-testid="settle-version".*?<strong>(.*?)<\/strong>/g)].map(
        (m) => m[1],
      );
      expect(options).toEqual(versions);
      expect(html).toContain('type="radio"');
      expect(html).toContain('Confirmar la versión elegida');
    },
  );

  it.each([
    ['a decision', { ...DECISION, current: { decision: 'held' } }, 'Motivo de la decisión (obligatorio)'],
    [
      'a direction and a decision',
      {
        ...DIRECTION,
        corrections: [
          correction('a', { direction: 'entry', decision: 'admitted' }),
          correction('b', { direction: 'exit' }),
        ],
        pairs: [{ a: 'a', b: 'b', fields: ['direction', 'decision'] }],
        current: { direction: 'exit', decision: 'held' },
      },
      'Motivo de su elección (obligatorio: la persona está retenida)',
    ],
  ])('asks the reason, required, to settle %s on a crossing held now', (_case, conflict, label) => {
    expect(render(conflict)).toContain(`>${label}</label>`);
  });

  it('leaves the reason optional on a crossing not held, or where no version decides the hold', () => {
    expect(render(DECISION)).toContain('>Nota de la decisión</label>');
    expect(render(DIRECTION)).toContain('>Motivo de su elección (opcional)</label>');
    const turnedHeld = { ...DIRECTION, current: { direction: 'exit', decision: 'held' } };
    expect(render(turnedHeld)).toContain('>Motivo de su elección (opcional)</label>');
  });

  it('keeps the event as the heading of a tally, which names nobody', () => {
    expect(heading(render(TALLY))).toBe('Conteo del 7 dic 2026, 01:25:21 GMT-5');
  });
});
