import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EventIssueCode, parseEvent } from './events';

const ID = '3f1c2a9e-8b4d-4c1a-9e2f-1a2b3c4d5e6f';
const OTHER_ID = '9b2e4f60-1c3d-4e5f-8a7b-6c5d4e3f2a10';

const CROSSING = {
  kind: 'crossing',
  id: ID,
  at: '2026-04-04T17:05:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'B3',
  direction: 'entry',
  decision: 'admitted',
  person: {
    givenNames: 'Ana María',
    surname1: 'Pérez',
    surname2: 'Rojas',
    sex: 'F',
    birthDate: '1990-05-01',
    nationality: 'VEN',
  },
  document: { type: 'P', number: '123456789', issuingState: 'VEN', expiryDate: '2030-01-31' },
  identityBasis: 'document',
};
/** CROSSING with some of its person's fields changed. */
const crossingOf = (person: Record<string, unknown>) => ({
  ...CROSSING,
  person: { ...CROSSING.person, ...person },
});

const DECLARED = {
  kind: 'crossing',
  id: ID,
  at: '2026-04-04T23:30:00-03:00',
  checkpoint: 'CL-CHACALLUTA',
  offline: true,
  direction: 'entry',
  decision: 'referred-protection',
  person: { givenNames: 'Luis', surname1: 'Soto', birthDate: '2015' },
  identityBasis: 'declared',
  group: OTHER_ID,
  relationship: 'child',
  travelsWith: OTHER_ID,
  vulnerabilities: [],
};

const TALLY = {
  kind: 'tally',
  id: ID,
  at: '2026-04-04T17:05:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  category: 'girl',
  nationality: 'COL',
  count: 3,
};

const CORRECTION = {
  kind: 'correction',
  id: OTHER_ID,
  at: '2026-04-04T17:20:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  corrects: ID,
  set: { decision: 'refused', refusalGround: 'entry-ban' },
  note: 'wrong person in the queue',
};

const codesOf = (input: unknown) => {
  const r = parseEvent(input);
  return r.ok ? [] : r.issues.map((i) => ({ path: i.path, code: i.code }));
};

describe('parseEvent', () => {
  it.each([
    ['a crossing with a document', CROSSING],
    ['a crossing without a document, its identity declared, with an offset time', DECLARED],
    ['a refusal with its ground', { ...CROSSING, decision: 'refused', refusalGround: 'no-valid-document' }],
    ['a tally press', TALLY],
    ['a tally press without nationality', { ...TALLY, nationality: undefined, count: 1000 }],
    ['a correction that sets fields', CORRECTION],
    [
      'a correction that sets the person whole',
      { ...CORRECTION, set: { person: { givenNames: 'Ana', surname1: 'Paz' } } },
    ],
    ['a correction of a tally count', { ...CORRECTION, set: { count: 2 } }],
    ['a correction that voids', { ...CORRECTION, set: undefined, void: true }],
    [
      'a birth on the day it already is east of UTC (17:05 UTC is 5 April in Tonga)',
      crossingOf({ birthDate: '2026-04-05' }),
    ],
  ])('accepts %s', (_, input) => {
    const r = parseEvent(input);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('accepts every example event of docs/counting.md', () => {
    const doc = readFileSync(new URL('../../docs/counting.md', import.meta.url), 'utf8');
    const lines = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) =>
      (m[1] ?? '').trim().split('\n'),
    );
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(codesOf(JSON.parse(line))).toEqual([]);
  });

  it('reads a nationality in lower case as its ICAO code', () => {
    const r = parseEvent({ ...TALLY, nationality: 'col' });
    expect(r.ok && r.value.kind === 'tally' && r.value.nationality).toBe('COL');
  });

  it('reads Germany as D, the code ICAO prints, whether sent D or DEU: one country, one row', () => {
    for (const code of ['D', 'DEU', 'deu']) {
      const r = parseEvent({ ...TALLY, nationality: code });
      expect(r.ok && r.value.kind === 'tally' && r.value.nationality).toBe('D');
    }
  });

  it('refuses an event dated more than five minutes after the clock it is given, and only then', () => {
    const at = Date.parse(CROSSING.at);
    expect(parseEvent(CROSSING, at - 5 * 60_000).ok).toBe(true);
    const ahead = parseEvent(CROSSING, at - 5 * 60_000 - 1);
    expect(ahead.ok ? [] : ahead.issues.map((i) => [i.path, i.code])).toEqual([['at', 'event.in-future']]);
    expect(parseEvent(CROSSING).ok).toBe(true);
  });

  it.each<[string, unknown, string, EventIssueCode]>([
    [
      'a refusal without a ground',
      { ...CROSSING, decision: 'refused' },
      'refusalGround',
      'refusal.ground-required',
    ],
    [
      'a ground on an admission',
      { ...CROSSING, refusalGround: 'other' },
      'refusalGround',
      'refusal.ground-unexpected',
    ],
    ['a tally count of 0', { ...TALLY, count: 0 }, 'count', 'tally.count-range'],
    ['a negative tally count', { ...TALLY, count: -2 }, 'count', 'tally.count-range'],
    ['a tally count over 1000', { ...TALLY, count: 1001 }, 'count', 'tally.count-range'],
    ['a tally count that is not whole', { ...TALLY, count: 2.5 }, 'count', 'tally.count-range'],
    [
      'a birth date before 1900',
      crossingOf({ birthDate: '1899-12-31' }),
      'person.birthDate',
      'date.before-1900',
    ],
    [
      'a birth date after the event',
      crossingOf({ birthDate: '2026-04-06' }),
      'person.birthDate',
      'date.future',
    ],
    [
      'a nationality that is not an ICAO code',
      crossingOf({ nationality: 'XYZ' }),
      'person.nationality',
      'country.unknown',
    ],
    [
      'a tally nationality that is not an ICAO code',
      { ...TALLY, nationality: 'XYZ' },
      'nationality',
      'country.unknown',
    ],
    ['31 February', crossingOf({ birthDate: '1990-02-31' }), 'person.birthDate', 'date.nonexistent'],
    [
      'a birth date in another format',
      crossingOf({ birthDate: '01/05/1990' }),
      'person.birthDate',
      'date.format',
    ],
    ['an id that is not a UUID', { ...TALLY, id: 'press-1' }, 'id', 'event.uuid'],
    ['a time without Z or offset', { ...TALLY, at: '2026-04-04T17:05:00' }, 'at', 'event.time'],
    ['a time that is not a time', { ...TALLY, at: 'yesterday' }, 'at', 'event.time'],
    [
      'a checkpoint that is not a code',
      { ...TALLY, checkpoint: 'Santa Rosa' },
      'checkpoint',
      'event.checkpoint-code',
    ],
    ['a booth that is not a code', { ...TALLY, booth: 'booth 3' }, 'booth', 'event.checkpoint-code'],
    ['a missing checkpoint', { ...TALLY, checkpoint: undefined }, 'checkpoint', 'event.required'],
    ['a missing person', { ...CROSSING, person: undefined }, 'person', 'event.required'],
    ['a person that is not an object', { ...CROSSING, person: 'Ana' }, 'person', 'event.invalid-type'],
    ['an unknown kind', { ...TALLY, kind: 'visit' }, 'kind', 'event.invalid-value'],
    ['an unknown decision', { ...CROSSING, decision: 'maybe' }, 'decision', 'event.invalid-value'],
    ['an unknown field in the person', crossingOf({ age: 35 }), 'person', 'event.unknown-field'],
    ['a correction with neither void nor set', { ...CORRECTION, set: undefined }, '', 'correction.empty'],
    ['a correction with both void and set', { ...CORRECTION, void: true }, '', 'correction.both'],
    [
      'a correction to a refusal without a ground',
      { ...CORRECTION, set: { decision: 'refused' } },
      'refusalGround',
      'refusal.ground-required',
    ],
    [
      'a correction to a tally count of 0',
      { ...CORRECTION, set: { count: 0 } },
      'set.count',
      'tally.count-range',
    ],
    [
      'a correction to a person without a surname',
      { ...CORRECTION, set: { person: { givenNames: 'Ana' } } },
      'set.person.surname1',
      'event.required',
    ],
    [
      'a correction to a nationality that is not an ICAO code',
      { ...CORRECTION, set: { nationality: 'XYZ' } },
      'set.nationality',
      'country.unknown',
    ],
    ['a correction of an id that is not a UUID', { ...CORRECTION, corrects: 'e1' }, 'corrects', 'event.uuid'],
  ])('refuses %s', (_, input, path, code) => {
    expect(codesOf(input)).toContainEqual({ path, code });
  });

  it.each([
    ['at', '2026-04-04T18:00:00Z'],
    ['checkpoint', 'CL-CHACALLUTA'],
    ['kind', 'tally'],
    // The record of the rules behind a decision, as the booth took it.
    ['recommendation', 'admit'],
    ['policyVersion', 77],
    ['policyRule', 'regla-inventada'],
    ['legalBasis', 'ninguna'],
    ['decree', { id: '0d0d0000-0000-4000-8000-000000000001', number: 'D.S. falso' }],
  ])('refuses a correction of the fixed field %s', (field, value) => {
    expect(codesOf({ ...CORRECTION, set: { [field]: value } })).toContainEqual({
      path: `set.${field}`,
      code: 'correction.fixed-field',
    });
  });

  it('names every issue of an event at once', () => {
    const codes = codesOf({ ...TALLY, id: 'x', count: 0, nationality: 'XYZ' }).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['event.uuid', 'tally.count-range', 'country.unknown']));
  });

  it.each([
    ['a crossing', CROSSING],
    ['a crossing with a bad birth date', crossingOf({ birthDate: '1990-02-31' })],
    ['a correction that sets a person', { ...CORRECTION, set: { person: CROSSING.person } }],
  ])('refuses %s whose time is unreadable, without throwing', (_, input) => {
    expect(codesOf({ ...input, at: '2026-13-45T99:00:00Z' })).toContainEqual({
      path: 'at',
      code: 'event.time',
    });
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        parseEvent(input);
      }),
    );
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (input) => {
          parseEvent(input);
        },
      ),
    );
  });

  it('never throws on a valid event with some of its fields replaced, and names a path for each issue', () => {
    const replaced = fc
      .constantFrom<Record<string, unknown>>(CROSSING, DECLARED, TALLY, CORRECTION)
      .chain((event) =>
        fc.tuple(
          fc.constant(event),
          fc.dictionary(
            fc.constantFrom(...Object.keys(event), 'person', 'set', 'void'),
            fc.oneof(fc.string(), fc.jsonValue()),
            {
              maxKeys: 3,
            },
          ),
        ),
      )
      .map(([event, changes]) => ({ ...event, ...changes }));
    fc.assert(
      fc.property(replaced, (input) => {
        const r = parseEvent(input);
        if (!r.ok) for (const i of r.issues) expect(typeof i.path).toBe('string');
      }),
    );
  });
});
