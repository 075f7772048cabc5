// foldCorrections: how corrections of one event, in any order and any number of times, settle it.
import { describe, expect, it } from 'vitest';
import { decidingCorrection, foldCorrections } from './counting';
import { correction, crossing } from './counting-test-events';

describe('foldCorrections', () => {
  it('leaves an event without corrections as it was', () => {
    const e = crossing('e1');
    expect(foldCorrections(e, [])).toEqual({ voided: false, fields: e.fields });
  });

  it('changes nothing when the same correction is given twice (a duplicate)', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'held' } });
    const v = correction('k2', 'e1', '2026-04-04T19:00:00Z', { void: true });
    expect(foldCorrections(e, [c, v, c, v])).toEqual(foldCorrections(e, [c, v]));
  });

  // Of two corrections, the later (by time, then by id) holds, whichever order they are given in.
  it.each([
    ['by time, not by the order given', 'k2', '2026-04-04T18:00:00Z', 'k1', '2026-04-04T19:00:00Z'],
    ['by id when their times tie', 'k-a', '2026-04-04T18:00:00Z', 'k-b', '2026-04-04T18:00:00Z'],
  ])('applies corrections %s', (_, earlierId, earlierAt, laterId, laterAt) => {
    const e = crossing('e1');
    const earlier = correction(earlierId, 'e1', earlierAt, { set: { decision: 'refused' } });
    const later = correction(laterId, 'e1', laterAt, { set: { decision: 'held' } });
    expect(foldCorrections(e, [later, earlier]).fields.decision).toBe('held');
    expect(foldCorrections(e, [earlier, later]).fields.decision).toBe('held');
  });

  it('orders corrections by instant whatever offset or precision their times are written with', () => {
    const e = crossing('e1');
    // 20:00 at -05:00 is 01:00Z the next day: later than 00:30Z although its text sorts first.
    const later = correction('k1', 'e1', '2026-04-04T20:00:00-05:00', { set: { decision: 'held' } });
    const earlier = correction('k2', 'e1', '2026-04-05T00:30:00Z', { set: { decision: 'refused' } });
    expect(foldCorrections(e, [later, earlier]).fields.decision).toBe('held');
    // Half a second past 10:00 is later than 10:00 although ".500Z" sorts before "Z".
    const withMs = correction('k3', 'e1', '2026-04-05T10:00:00.500Z', { set: { decision: 'held' } });
    const withoutMs = correction('k4', 'e1', '2026-04-05T10:00:00Z', { set: { decision: 'refused' } });
    expect(foldCorrections(e, [withMs, withoutMs]).fields.decision).toBe('held');
  });

  it('replaces only the fields a set names, and a named field whole', () => {
    const e = crossing('e1', { note: 'family of three' });
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', {
      set: { person: { givenNames: 'Ana María', surname1: 'Pérez' } },
    });
    const { fields } = foldCorrections(e, [c]);
    // The new person has no birth date, sex or nationality: person is one field, replaced whole.
    expect(fields.person).toEqual({ givenNames: 'Ana María', surname1: 'Pérez' });
    expect(fields.note).toBe('family of three');
    expect(fields.decision).toBe('admitted');
  });

  it('voids an event, and a later set undoes the void', () => {
    const e = crossing('e1');
    const v = correction('k1', 'e1', '2026-04-04T18:00:00Z', { void: true });
    const s = correction('k2', 'e1', '2026-04-04T19:00:00Z', { set: { decision: 'held' } });
    expect(foldCorrections(e, [v]).voided).toBe(true);
    expect(foldCorrections(e, [s, v])).toEqual({ voided: false, fields: { ...e.fields, decision: 'held' } });
  });

  it('keeps an event voided by a void after the last set', () => {
    const e = crossing('e1');
    const s = correction('k1', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'held' } });
    const v = correction('k2', 'e1', '2026-04-04T19:00:00Z', { void: true });
    expect(foldCorrections(e, [v, s]).voided).toBe(true);
  });

  it('does not apply a correction from another checkpoint than its event', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', { void: true }, 'CL-CHACALLUTA');
    expect(foldCorrections(e, [c])).toEqual({ voided: false, fields: e.fields });
  });

  it('ignores corrections of other events', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e2', '2026-04-04T18:00:00Z', { void: true });
    expect(foldCorrections(e, [c]).voided).toBe(false);
  });
});

describe('decidingCorrection', () => {
  it('names the last correction that set the decision, not a later one that set something else', () => {
    const e = crossing('e1');
    const held = correction('k1', 'e1', '2026-04-04T19:00:00Z', {
      set: { decision: 'held', note: 'Revisar' },
    });
    const before = correction('k2', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'refused' } });
    const after = correction('k3', 'e1', '2026-04-04T20:00:00Z', { set: { exitPoint: 'PE-TUMBES' } });
    expect(decidingCorrection(e, [after, held, before])).toBe(held);
  });

  it('names none while the decision is still the event’s own', () => {
    const e = crossing('e1');
    const other = correction('k1', 'e1', '2026-04-04T19:00:00Z', { set: { exitPoint: 'PE-TUMBES' } });
    expect(decidingCorrection(e, [other])).toBeUndefined();
  });
});
