// Events and corrections for the counting tests, made from a few fields so that each test shows only
// what it is about: Ana admitted at Santa Rosa at noon Lima time unless a test says otherwise.
import type { CorrectionOf, CountableEvent } from './types';

const ZONES: Readonly<Record<string, string>> = {
  'PE-SANTA-ROSA': 'America/Lima',
  'CL-CHACALLUTA': 'America/Santiago',
};
export const zoneOf = (checkpoint: string): string => ZONES[checkpoint] ?? 'UTC';

export const ANA = {
  givenNames: 'Ana',
  surname1: 'Pérez',
  sex: 'F',
  birthDate: '1990-05-01',
  nationality: 'VEN',
};

// What a crossing or a tally press holds unless a test says otherwise.
const DEFAULT_FIELDS: Readonly<Record<CountableEvent['kind'], Record<string, unknown>>> = {
  crossing: { direction: 'entry', decision: 'admitted', person: ANA },
  tally: { direction: 'entry', category: 'man', count: 1 },
};

const eventOf =
  (kind: CountableEvent['kind']) =>
  (
    id: string,
    fields: Record<string, unknown> = {},
    at = '2026-04-04T17:00:00Z',
    checkpoint = 'PE-SANTA-ROSA',
  ): CountableEvent => ({ id, kind, checkpoint, at, fields: { ...DEFAULT_FIELDS[kind], ...fields } });

export const crossing = eventOf('crossing');
export const tally = eventOf('tally');

export function correction(
  id: string,
  corrects: string,
  at: string,
  change: { void: true } | { set: Record<string, unknown> },
  checkpoint = 'PE-SANTA-ROSA',
): CorrectionOf {
  return 'void' in change
    ? { id, corrects, at, checkpoint, void: true, set: null }
    : { id, corrects, at, checkpoint, void: false, set: change.set };
}
