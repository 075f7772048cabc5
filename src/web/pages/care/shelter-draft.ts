// The shelter form's values as typed: checked before sending (each fault said beside its field in
// the reader's language), the request they become, and the API's refusals beside their fields.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { NewShelterBody, ShelterChangeBody } from '../../../api/care';
import { numberFromTyped } from '../../../domain/shared';
import type { ApiProblem } from '../../api/problem';
import { formatNumber } from '../../format/format';
import { checkCoordinates } from '../admin/checkpoint-draft';
import type { ShelterDetail } from './care-endpoints';
import { BED_KINDS_SHOWN } from './care-words';

type Kind = (typeof BED_KINDS_SHOWN)[number];

export type ShelterDraft = {
  readonly name: string;
  readonly city: string;
  readonly operator: string;
  readonly latitude: string;
  readonly longitude: string;
} & { readonly [K in Kind]: string };

export type ShelterFieldErrors = Partial<Record<keyof ShelterDraft, string>>;

/** The most beds of one kind a shelter may have (the API's limit). */
const MAX_BEDS = 100_000;

export const emptyShelter = (): ShelterDraft => ({
  name: '',
  city: '',
  operator: '',
  latitude: '',
  longitude: '',
  family: '0',
  women: '0',
  children: '0',
  general: '0',
});

export const shelterDraftOf = (s: ShelterDetail['shelter']): ShelterDraft => ({
  name: s.name,
  city: s.city,
  operator: s.operator,
  latitude: String(s.latitude),
  longitude: String(s.longitude),
  family: String(s.beds.family),
  women: String(s.beds.women),
  children: String(s.beds.children),
  general: String(s.beds.general),
});

const count = (typed: string): number | undefined => {
  const n = numberFromTyped(typed);
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_BEDS ? n : undefined;
};

/** The sentence for a count of beds that is none, its limit written as the reader's numbers are. */
const bedsFault = (t: TFunction, locale: string) =>
  t('care.shelterForm.error.beds', { max: formatNumber(MAX_BEDS, locale) });

/** What is wrong with the shelter as typed; empty when nothing is. `locale` is the reader's, for Intl. */
export function checkShelter(d: ShelterDraft, t: TFunction, locale: string): ShelterFieldErrors {
  const out: ShelterFieldErrors = checkCoordinates(d, t);
  if (d.name.trim() === '') out.name = t('care.shelterForm.error.name');
  if (d.city.trim() === '') out.city = t('care.shelterForm.error.city');
  if (d.operator.trim() === '') out.operator = t('care.shelterForm.error.operator');
  for (const kind of BED_KINDS_SHOWN) {
    if (count(d[kind]) === undefined) out[kind] = bedsFault(t, locale);
  }
  return out;
}

/** The shelter as the API takes it; only checked drafts are sent, so the numbers are there. */
function shelterValues(d: ShelterDraft) {
  const coordinate = (typed: string) => numberFromTyped(typed, true) ?? Number.NaN;
  return {
    name: d.name.trim(),
    city: d.city.trim(),
    operator: d.operator.trim(),
    latitude: coordinate(d.latitude),
    longitude: coordinate(d.longitude),
    beds: {
      family: count(d.family) ?? 0,
      women: count(d.women) ?? 0,
      children: count(d.children) ?? 0,
      general: count(d.general) ?? 0,
    },
  };
}

export const newShelterBody = (id: string, d: ShelterDraft): z.input<typeof NewShelterBody> => ({
  id,
  ...shelterValues(d),
});

/** Only what changed from the shelter as it was, so that the audit log says what was changed. */
export function shelterChange(before: ShelterDraft, d: ShelterDraft): z.input<typeof ShelterChangeBody> {
  const now = shelterValues(d);
  const was = shelterValues(before);
  const bedsChanged = BED_KINDS_SHOWN.some((k) => now.beds[k] !== was.beds[k]);
  return {
    ...(now.name !== was.name && { name: now.name }),
    ...(now.city !== was.city && { city: now.city }),
    ...(now.operator !== was.operator && { operator: now.operator }),
    ...(now.latitude !== was.latitude && { latitude: now.latitude }),
    ...(now.longitude !== was.longitude && { longitude: now.longitude }),
    ...(bedsChanged && { beds: now.beds }),
  };
}

const FIELDS = ['name', 'city', 'operator', 'latitude', 'longitude'] as const;

/**
 * The sentence beside each field the API refused: a taken name, a place off the operation's map, fewer
 * beds than people, bad values.
 */
export function refusedShelterFields(
  problem: ApiProblem | null,
  t: TFunction,
  locale: string,
): ShelterFieldErrors {
  if (problem === null) return {};
  const out: ShelterFieldErrors = {};
  for (const e of problem.errors) {
    const field = FIELDS.find((f) => e.path === `body.${f}`);
    if (field !== undefined)
      out[field] =
        e.code === 'situation.outside-extent'
          ? t('care.shelterForm.error.outsideExtent')
          : t('problem.fieldInvalid');
    const kind = BED_KINDS_SHOWN.find((k) => e.path === `body.beds.${k}`);
    if (kind !== undefined)
      out[kind] =
        e.code === 'care.beds-below-occupancy'
          ? t('care.shelterForm.error.belowOccupancy')
          : bedsFault(t, locale);
  }
  if (problem.code === 'care.shelter-name-taken') out.name = t('care.problem.shelterNameTaken');
  return out;
}
