// The checkpoint and booth forms' values as typed, the checks made before sending (each fault said
// beside its field in the reader's language, never by the browser), the requests they become, and
// the API's refusals put beside the fields they concern.
import type { TFunction } from 'i18next';
import { CODE_PATTERN, isStateCode, isTimeZone, numberFromTyped } from '../../../domain/shared';
import type { CheckpointChange, NewBooth, NewCheckpoint } from '../../api/checkpoints-endpoints';
import type { ApiProblem } from '../../api/problem';
import type { Checkpoint, Country } from '../../api/types';

export type CheckpointDraft = {
  readonly code: string;
  readonly name: string;
  readonly country: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly timeZone: string;
};

export type BoothDraft = { readonly code: string; readonly name: string };

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export const emptyCheckpoint = (): CheckpointDraft => ({
  code: '',
  name: '',
  country: '',
  latitude: '',
  longitude: '',
  timeZone: '',
});

export const draftOf = (c: Checkpoint): CheckpointDraft => ({
  code: c.code,
  name: c.name,
  country: c.country,
  latitude: String(c.latitude),
  longitude: String(c.longitude),
  timeZone: c.timeZone,
});

// Coordinates are typed with a point or a comma; a pasted minus sign is a minus.
const coordinate = (typed: string): number | undefined => numberFromTyped(typed, true);

const codeOf = (typed: string) => typed.trim().toUpperCase();

/** A place's coordinates as typed, each checked against its range. */
export function checkCoordinates(
  d: { readonly latitude: string; readonly longitude: string },
  t: TFunction,
): FieldErrors<'latitude' | 'longitude'> {
  const out: FieldErrors<'latitude' | 'longitude'> = {};
  const lat = coordinate(d.latitude);
  const lon = coordinate(d.longitude);
  if (lat === undefined || lat < -90 || lat > 90) out.latitude = t('checkpoints.error.latitude');
  if (lon === undefined || lon < -180 || lon > 180) out.longitude = t('checkpoints.error.longitude');
  return out;
}

/** What is wrong with the checkpoint as typed, before it is sent; empty when nothing is. */
export function checkCheckpoint(d: CheckpointDraft, t: TFunction): FieldErrors<keyof CheckpointDraft> {
  const out: FieldErrors<keyof CheckpointDraft> = checkCoordinates(d, t);
  if (!CODE_PATTERN.test(codeOf(d.code))) out.code = t('checkpoints.error.code');
  if (d.name.trim() === '') out.name = t('checkpoints.error.name');
  if (d.country === '') out.country = t('checkpoints.error.country');
  if (!isTimeZone(d.timeZone)) out.timeZone = t('checkpoints.error.timeZone');
  return out;
}

export function checkBooth(d: BoothDraft, t: TFunction): FieldErrors<keyof BoothDraft> {
  const out: FieldErrors<keyof BoothDraft> = {};
  if (!CODE_PATTERN.test(codeOf(d.code))) out.code = t('checkpoints.error.boothCode');
  if (d.name.trim() === '') out.name = t('checkpoints.error.name');
  return out;
}

export const newCheckpointBody = (id: string, d: CheckpointDraft): NewCheckpoint => ({
  id,
  code: codeOf(d.code),
  ...checkpointChange(d),
});

/** The checkpoint's facts as typed; only checked drafts are sent, so the numbers are there. */
export const checkpointChange = (d: CheckpointDraft) =>
  ({
    name: d.name.trim(),
    country: d.country,
    latitude: coordinate(d.latitude) ?? Number.NaN,
    longitude: coordinate(d.longitude) ?? Number.NaN,
    timeZone: d.timeZone,
  }) satisfies CheckpointChange;

export const newBoothBody = (id: string, d: BoothDraft): NewBooth => ({
  id,
  code: codeOf(d.code),
  name: d.name.trim(),
});

/**
 * The countries a checkpoint can be in, by name in the reader's language: states only, each once.
 * The API's list also names nationalities (stateless, refugee), organisations and Germany under both
 * D and DEU, for the codes a document may carry. A country already set that is not among them stays
 * offered, so that changing another field does not lose it.
 */
export function placeCountries(
  countries: readonly Country[],
  current: string,
  language: 'es' | 'en',
): readonly Country[] {
  const name = (c: Country) => (language === 'en' ? c.nameEn : c.nameEs);
  return countries
    .filter((c) => isStateCode(c.code) || c.code === current)
    .sort((a, b) => name(a).localeCompare(name(b), language));
}

const FIELDS = ['code', 'name', 'country', 'latitude', 'longitude', 'timeZone'] as const;

/** The sentence beside each field the API refused, and beside the code when it is taken. */
export function refusedCheckpointFields(
  problem: ApiProblem | null,
  t: TFunction,
): FieldErrors<keyof CheckpointDraft> {
  if (problem === null) return {};
  const out: FieldErrors<keyof CheckpointDraft> = {};
  const sentence = {
    code: t('checkpoints.error.code'),
    name: t('checkpoints.error.name'),
    country: t('checkpoints.error.country'),
    latitude: t('checkpoints.error.latitude'),
    longitude: t('checkpoints.error.longitude'),
    timeZone: t('checkpoints.error.timeZone'),
  };
  for (const e of problem.errors) {
    const field = FIELDS.find((f) => e.path === `body.${f}`);
    if (field !== undefined) out[field] = sentence[field];
  }
  if (problem.code === 'checkpoint.exists') out.code = t('checkpoints.error.codeTaken');
  return out;
}

/** The sentence beside each field of a new booth the API refused, and beside its code when taken. */
export function refusedBoothFields(problem: ApiProblem | null, t: TFunction): FieldErrors<keyof BoothDraft> {
  if (problem === null) return {};
  const out: FieldErrors<keyof BoothDraft> = {};
  for (const e of problem.errors) {
    if (e.path === 'body.code') out.code = t('checkpoints.error.boothCode');
    if (e.path === 'body.name') out.name = t('checkpoints.error.name');
  }
  if (problem.code === 'booth.exists') out.code = t('checkpoints.error.boothTaken');
  return out;
}
