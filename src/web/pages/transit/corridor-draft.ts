// The new corridor form's values as typed, the request they become (coordinates typed with a point or
// a comma), and the API's refusals as sentences beside the fields they concern.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { newId } from '../../../api/ids';
import type { NewCorridorBody } from '../../../api/transit';
import { numberFromTyped } from '../../../domain/shared';
import type { ApiProblem } from '../../api/problem';
import { refusedFields } from './refused-fields';

export type StopDraft = {
  /** Names the row while it is edited (rows are added and removed in place); never sent. */
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly latitude: string;
  readonly longitude: string;
};

export type CorridorDraft = {
  readonly code: string;
  readonly name: string;
  readonly exitPoint: string;
  /** In order: the origin first, the exit point last. */
  readonly stops: readonly StopDraft[];
};

export const emptyStop = (): StopDraft => ({ key: newId(), code: '', name: '', latitude: '', longitude: '' });

/** The stops with the one at `index` moved one place up (-1) or down (+1); past either end, unchanged. */
export function moveStop(stops: readonly StopDraft[], index: number, by: -1 | 1): StopDraft[] {
  const moved = stops[index];
  const other = stops[index + by];
  if (moved === undefined || other === undefined) return [...stops];
  return stops.map((s, k) => (k === index ? other : k === index + by ? moved : s));
}

// A corridor runs from an origin to an exit point: two stops at least.
export const emptyCorridor = (): CorridorDraft => ({
  code: '',
  name: '',
  exitPoint: '',
  stops: [emptyStop(), emptyStop()],
});

// Not a number: sent as it cannot be taken, and the API names the field.
const coordinate = (typed: string) => numberFromTyped(typed, true) ?? Number.NaN;

export function corridorBody(id: string, d: CorridorDraft): z.input<typeof NewCorridorBody> {
  return {
    id,
    code: d.code.trim().toUpperCase(),
    name: d.name.trim(),
    exitPoint: d.exitPoint.trim().toUpperCase(),
    stops: d.stops.map((s) => ({
      code: s.code.trim().toUpperCase(),
      name: s.name.trim(),
      latitude: coordinate(s.latitude),
      longitude: coordinate(s.longitude),
    })),
  };
}

/** The sentence beside each field the API refused; a stop's fields keyed with its place (`code-0`). */
export function corridorFieldErrors(
  problem: ApiProblem | null,
  t: TFunction,
): Readonly<Record<string, string>> {
  if (problem === null) return {};
  const out = refusedFields(problem, 'stops', {
    code: t('transit.newCorridor.error.code'),
    name: t('transit.newCorridor.error.name'),
    exitPoint: t('transit.newCorridor.error.code'),
    stops: t('transit.newCorridor.error.stops'),
    latitude: t('transit.newCorridor.error.latitude'),
    longitude: t('transit.newCorridor.error.longitude'),
  });
  if (problem.code === 'transit.conflict' && problem.reason === 'code-taken') {
    out.code = t('transit.newCorridor.error.codeTaken');
  }
  return out;
}

/**
 * Each stop whose code an earlier stop already has, keyed as its row's code field (`code-2`), with the
 * place of the first: a corridor's stops are told apart by their codes (the convoy's log names them).
 */
export function repeatedStopCodes(stops: readonly StopDraft[], t: TFunction): Record<string, string> {
  const first = new Map<string, number>();
  const out: Record<string, string> = {};
  stops.forEach((stop, place) => {
    const code = stop.code.trim().toUpperCase();
    if (code === '') return;
    const earlier = first.get(code);
    if (earlier === undefined) first.set(code, place);
    else out[`code-${place}`] = t('transit.newCorridor.error.codeRepeated', { number: earlier + 1 });
  });
  return out;
}
