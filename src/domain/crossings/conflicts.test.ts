import { describe, expect, it } from 'vitest';
import { type CorrectionSeen, conflictingCorrections } from './conflicts';

const correction = (id: string, patch: Partial<CorrectionSeen>): CorrectionSeen => ({
  id,
  at: '2025-11-27T15:00:00Z',
  receivedAt: '2025-11-27T16:00:00.000Z',
  void: false,
  set: { decision: 'admitted' },
  seen: null,
  ...patch,
});

describe('conflictingCorrections', () => {
  it('names two corrections made without seeing each other that set a field differently', () => {
    const a = correction('a', { set: { decision: 'refused', refusalGround: 'no-valid-document' } });
    const b = correction('b', { set: { decision: 'admitted', note: 'identificado' } });
    expect(conflictingCorrections([a, b])).toEqual([{ a: 'a', b: 'b', fields: ['decision'] }]);
  });

  it('names a void against a correction that sets, made without seeing each other', () => {
    expect(conflictingCorrections([correction('a', { void: true, set: null }), correction('b', {})])).toEqual(
      [{ a: 'a', b: 'b', fields: ['void'] }],
    );
  });

  it.each([
    ['the second saw the first', { seen: 'a' }],
    [
      'the second, from an online client, arrived after the first',
      { seen: undefined, receivedAt: '2025-11-27T17:00:00.000Z' },
    ],
  ])('names nothing when %s', (_, patch) => {
    const a = correction('a', { set: { decision: 'refused' } });
    const b = correction('b', patch);
    expect(conflictingCorrections([a, b])).toEqual([]);
  });

  it('follows what a correction saw back through the chain', () => {
    const a = correction('a', { set: { decision: 'refused' } });
    const b = correction('b', { seen: 'a', set: { note: 'x' } });
    const c = correction('c', { seen: 'b', set: { decision: 'admitted' } });
    expect(conflictingCorrections([c, b, a])).toEqual([]);
  });

  it('names nothing when concurrent corrections agree or touch different fields', () => {
    const a = correction('a', { set: { decision: 'refused', note: 'uno' } });
    const b = correction('b', { set: { note: 'uno', decision: 'refused' } });
    const c = correction('c', { set: { direction: 'exit' } });
    expect(conflictingCorrections([a, b, c])).toEqual([]);
  });

  it.each(['note', 'overrideReason'])(
    'names nothing when two corrections set the same values, each with its own %s',
    (reason) => {
      const same = { decision: 'refused', refusalGround: 'entry-ban' };
      const a = correction('a', { set: { ...same, [reason]: 'impedimento de entrada vigente' } });
      const b = correction('b', { set: { ...same, [reason]: 'tiene prohibición de ingreso' } });
      expect(conflictingCorrections([a, b])).toEqual([]);
    },
  );

  it('names the decision, not the reason, when both differ', () => {
    const a = correction('a', { set: { decision: 'refused', refusalGround: 'watchlist', note: 'alerta' } });
    const b = correction('b', { set: { decision: 'admitted', note: 'falso positivo' } });
    expect(conflictingCorrections([a, b])).toEqual([{ a: 'a', b: 'b', fields: ['decision'] }]);
  });

  it('compares values whole, in any key order', () => {
    const a = correction('a', { set: { person: { givenNames: 'ANA', surname1: 'ROJAS' } } });
    const b = correction('b', { set: { person: { surname1: 'ROJAS', givenNames: 'ANA' } } });
    const c = correction('c', { set: { person: { surname1: 'ROJAS', givenNames: 'ANNA' } } });
    expect(conflictingCorrections([a, b, c])).toEqual([
      { a: 'a', b: 'c', fields: ['person'] },
      { a: 'b', b: 'c', fields: ['person'] },
    ]);
  });

  it('names nothing once a later correction was made seeing both', () => {
    const a = correction('a', { set: { decision: 'refused' } });
    const b = correction('b', {});
    const decided = correction('c', { seen: undefined, receivedAt: '2025-11-27T18:00:00.000Z' });
    expect(conflictingCorrections([a, b])).toHaveLength(1);
    expect(conflictingCorrections([a, b, decided])).toEqual([]);
  });

  it('stops at a chain that loops back on itself', () => {
    const a = correction('a', { seen: 'b', set: { decision: 'refused' } });
    const b = correction('b', { seen: 'a' });
    expect(conflictingCorrections([a, b])).toEqual([]);
  });
});
