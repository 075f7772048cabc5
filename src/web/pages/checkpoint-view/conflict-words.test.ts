// The versions a supervisor chooses between when corrections conflict, and the correction that
// settles on one: two devices that say the same are one version; a refusal keeps its ground; the
// officers' reasons are never re-sent as the supervisor's; a void is settled by voiding.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { CorrectionConflict } from '../../api/conflicts-endpoint';
import { type SampleCorrection, sampleCorrection } from './conflict-samples';
import { settlingChange, valueText, versionsOf } from './conflict-words';

const correction = sampleCorrection;

const conflict = (
  corrections: SampleCorrection[],
  pairs: CorrectionConflict['pairs'],
): CorrectionConflict => ({
  eventId: '0c0a0000-0000-4000-8000-000000000070',
  eventKind: 'crossing',
  eventAt: '2026-12-07T06:25:21Z',
  corrections,
  pairs,
  current: {},
  person: null,
});

const ROSA = { givenNames: 'Rosa Elena', surname1: 'Mamani', birthDate: '1979-08-15', nationality: 'BOL' };

describe('versionsOf', () => {
  it('makes one version of two devices that set the same person, apart from their reasons', () => {
    const versions = versionsOf(
      conflict(
        [
          correction('a', { set: { person: ROSA, note: 'Mal escrito' } }),
          correction('b', { set: { person: { ...ROSA, birthDate: '1997-08-15' } } }),
          correction('c', { set: { note: 'Otra vez', person: { ...ROSA } } }),
        ],
        [
          { a: 'a', b: 'b', fields: ['person'] },
          { a: 'b', b: 'c', fields: ['person'] },
        ],
      ),
    );
    expect(versions.map((v) => v.corrections.map((c) => c.id))).toEqual([['a', 'c'], ['b']]);
    expect(versions[0]?.set).toEqual({ person: ROSA });
  });

  it('leaves out a correction no pair names, and the fields nobody disputes', () => {
    const versions = versionsOf(
      conflict(
        [
          correction('a', { set: { direction: 'entry', exitPoint: 'Tumbes' } }),
          correction('b', { set: { direction: 'exit' } }),
          correction('z', { set: { direction: 'exit' } }),
        ],
        [{ a: 'a', b: 'b', fields: ['direction'] }],
      ),
    );
    expect(versions.map((v) => v.set)).toEqual([{ direction: 'entry' }, { direction: 'exit' }]);
    expect(versions[1]?.corrections.map((c) => c.id)).toEqual(['b']);
  });

  it('keeps the ground of a refusal chosen, though only the decision was disputed', () => {
    const [refusal] = versionsOf(
      conflict(
        [
          correction('a', { set: { decision: 'refused', refusalGround: 'no-valid-document', person: ROSA } }),
          correction('b', { set: { decision: 'admitted', person: { ...ROSA, surname1: 'Mamany' } } }),
        ],
        [{ a: 'a', b: 'b', fields: ['decision', 'person'] }],
      ),
    );
    expect(refusal?.set).toEqual({ decision: 'refused', refusalGround: 'no-valid-document', person: ROSA });
  });

  it('offers, against a void, all that the other correction sets', () => {
    const versions = versionsOf(
      conflict(
        [correction('a', { void: true }), correction('b', { set: { direction: 'exit', note: 'Sale' } })],
        [{ a: 'a', b: 'b', fields: ['void'] }],
      ),
    );
    expect(versions.map((v) => [v.void, v.set])).toEqual([
      [true, {}],
      [false, { direction: 'exit' }],
    ]);
  });
});

describe('settlingChange', () => {
  it('sets the chosen version, with the supervisor’s reason as the correction’s note', () => {
    const version = { key: 'k', void: false, set: { count: 3 }, corrections: [] };
    expect(settlingChange(version, '  Recontado en la fila ')).toEqual({
      set: { count: 3 },
      note: 'Recontado en la fila',
    });
    expect(settlingChange(version, ' ')).toEqual({ set: { count: 3 } });
  });

  it('voids the record when the void is chosen', () => {
    expect(settlingChange({ key: 'void', void: true, set: {}, corrections: [] }, '')).toEqual({ void: true });
  });
});

describe('valueText', () => {
  const i18n = testI18n({ interpolation: { escapeValue: false } });
  const country = (code: string) => (code === 'BOL' ? 'Bolivia' : code);
  it('writes a person with what tells two versions of them apart', () => {
    expect(valueText('person', { ...ROSA, sex: 'F' }, i18n.t, country)).toBe(
      'Rosa Elena Mamani (Femenino, fecha de nacimiento 1979-08-15, Bolivia)',
    );
  });
  it('writes a tally’s category and nationality in words', () => {
    expect(valueText('category', 'girl', i18n.t, country)).toBe(i18n.t('tally.category.girl'));
    expect(valueText('nationality', 'BOL', i18n.t, country)).toBe('Bolivia');
  });
});
