// Care on the wire: shelters with beds and people by kind, stays, needs, stock, movements, thresholds
// and supply requests. Nothing here carries a crossing decision, a ground or a screening result.
import { z } from 'zod';
import {
  BED_KINDS,
  ITEM_UNITS,
  MOVEMENT_KINDS,
  NEED_CATEGORIES,
  REQUEST_STATUSES,
  SUPPLY_ITEMS,
} from '../domain/care';
import { PERSON_NAMES, RequiredText, TEXT_LIMITS, Uuid } from './common';
import { Latitude, Longitude } from './reference';

export { BED_KINDS, ITEM_UNITS, NEED_CATEGORIES, REQUEST_STATUSES, SUPPLY_ITEMS };

const Count = z.number().int().min(0).max(100_000);
const ByKind = z.object({ family: Count, women: Count, children: Count, general: Count });
const Note = z.string().trim().max(TEXT_LIMITS.note).optional();

export const CareShelterSchema = z.object({
  id: Uuid,
  name: z.string(),
  city: z.string(),
  operator: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  demo: z.boolean(),
  beds: ByKind,
  occupied: ByKind,
});

export const CareSheltersReply = z.object({ shelters: z.array(CareShelterSchema) });
export const RecountQuery = z.strictObject({
  recount: z.enum(['true', 'false']).optional().describe('true: figures recounted from the events'),
});

export const ResidentSchema = z.object({
  personId: Uuid,
  ...PERSON_NAMES,
  bedKind: z.enum(BED_KINDS),
  since: z.string(),
  stayId: z.string(),
});

export const NeedSchema = z.object({
  id: Uuid,
  categories: z.array(z.enum(NEED_CATEGORIES)),
  text: z.string(),
  createdAt: z.string(),
});

export const ShelterDetailQuery = z.strictObject({
  nights: z.coerce.number().int().min(1).max(31).default(7),
});

export const ShelterDetailReply = z.object({
  shelter: CareShelterSchema,
  // Only for roles that care for people (care.manage); null for the others, who see figures.
  residents: z.array(ResidentSchema).nullable(),
  needs: z.array(NeedSchema),
  nights: z.array(z.object({ date: z.string(), cutoff: z.string(), people: Count, byKind: ByKind })),
  timeZone: z.string(),
});

export const BedsBody = z.strictObject({ shelterId: Uuid, beds: ByKind });

const ShelterText = RequiredText(TEXT_LIMITS.placeName);

export const NewShelterBody = z.strictObject({
  id: Uuid.describe('Made where the shelter was first asked for: a resend is applied once.'),
  name: ShelterText.describe('Unique, whatever its case or accents.'),
  city: ShelterText,
  operator: ShelterText.describe('Who runs it: a church, the municipality, an agency.'),
  latitude: Latitude,
  longitude: Longitude,
  beds: ByKind.describe('Beds of each kind; the capacity is their sum.'),
});

export const ShelterChangeBody = z
  .strictObject({
    name: ShelterText.optional(),
    city: ShelterText.optional(),
    operator: ShelterText.optional(),
    latitude: Latitude.optional(),
    longitude: Longitude.optional(),
    beds: ByKind.optional().describe('Never fewer of a kind than the people staying in them.'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Nothing to change')
  .meta({ minProperties: 1, description: 'At least one field to change.' });

export const ShelterReply = z.object({ shelter: CareShelterSchema });

export const CheckInBody = z.strictObject({
  id: Uuid.describe('Made where the check-in was first asked for: a resend is applied once.'),
  shelterId: Uuid,
  bedKind: z.enum(BED_KINDS),
  personIds: z.array(Uuid).min(1).max(30),
  allowSplit: z.boolean().default(false).describe('Check in only those named, though their family is not.'),
  allowPossibleDuplicate: z
    .boolean()
    .default(false)
    .describe(
      'The carer checked that those named are not the people staying at a shelter whose records may ' +
        'be theirs; without it such a check-in is refused with care.possible-duplicate.',
    ),
  childPlacementReason: RequiredText(TEXT_LIMITS.note)
    .optional()
    .describe(
      "Why a child travelling alone goes to beds other than the children's (kept in the audit); " +
        'without it such a check-in is refused with care.child-alone.',
    ),
});

export const CheckOutBody = z.strictObject({ id: Uuid, personIds: z.array(Uuid).min(1).max(30) });

export const StayReply = z.object({ status: z.enum(['applied', 'duplicate']), personIds: z.array(Uuid) });

export const CandidatesQuery = z.strictObject({ q: RequiredText(TEXT_LIMITS.personName) });
/** How many people one search for a check-in gives at most. */
export const CANDIDATES_SHOWN = 20;
export const CandidatesReply = z.object({
  /** More people who consented match than the CANDIDATES_SHOWN given: type more of the name. */
  more: z.boolean(),
  people: z.array(
    z.object({
      personId: Uuid,
      ...PERSON_NAMES,
      birthYear: z.number().int().nullable(),
      family: z.array(Uuid),
      relatives: z
        .array(
          z.object({
            personId: Uuid,
            givenNames: z.string(),
            surname1: z.string(),
            consented: z.boolean(),
            shelterId: Uuid.nullable(),
          }),
        )
        .describe(
          'The family by name, with their consent and where they stay: a check-in may leave some out.',
        ),
      shelterId: Uuid.nullable(),
      childAlone: z
        .boolean()
        .describe('A child travelling alone (unaccompanied or separated) with a protection referral open.'),
      lookAlikes: z
        .array(
          z.object({
            personId: Uuid.describe('This person or a member of their family.'),
            stayingId: Uuid,
            name: z.string(),
            shelterId: Uuid,
            since: z.string(),
          }),
        )
        .describe(
          'People staying at a shelter whose records may be this person or their family: a check-in asks ' +
            'first (care.possible-duplicate).',
        ),
    }),
  ),
});

export const NeedBody = z.strictObject({
  id: Uuid,
  shelterId: Uuid,
  categories: z.array(z.enum(NEED_CATEGORIES)).min(1).max(NEED_CATEGORIES.length),
  text: RequiredText(TEXT_LIMITS.note),
});

export const AppliedReply = z.object({ status: z.enum(['applied', 'duplicate']) });

/** The most of one item a movement or a request moves at once. */
export const MAX_QUANTITY = 1_000_000;

export const MovementBody = z
  .strictObject({
    id: Uuid,
    kind: z.enum(MOVEMENT_KINDS),
    item: z.enum(SUPPLY_ITEMS),
    quantity: z.number().int().min(1).max(MAX_QUANTITY),
    placeId: Uuid.describe('Delivery and distribution: the place. Transfer: where it leaves.'),
    toPlaceId: Uuid.optional().describe('Transfer only: where it arrives.'),
    note: Note,
  })
  .refine((m) => (m.kind === 'transfer') === (m.toPlaceId !== undefined), {
    message: 'a transfer, and only a transfer, names where it arrives',
    path: ['toPlaceId'],
  })
  .refine((m) => m.toPlaceId !== m.placeId, {
    message: 'a transfer goes to another place',
    path: ['toPlaceId'],
  });

/** The largest minimum stock a place may set for an item. */
export const MAX_MINIMUM = 1_000_000;

export const ThresholdBody = z.strictObject({
  placeId: Uuid,
  item: z.enum(SUPPLY_ITEMS),
  minimum: z.number().int().min(0).max(MAX_MINIMUM),
});

const Item = z.enum(SUPPLY_ITEMS);
export const StockReply = z.object({
  places: z.array(z.object({ id: Uuid, kind: z.enum(['shelter', 'checkpoint']), name: z.string() })),
  levels: z.array(z.object({ placeId: Uuid, item: Item, quantity: z.number().int() })),
  thresholds: z.array(z.object({ placeId: Uuid, item: Item, minimum: Count })),
  alerts: z.array(z.object({ placeId: Uuid, item: Item, minimum: Count, quantity: z.number().int() })),
  movements: z.array(
    z.object({
      id: z.string(),
      placeId: z.string(),
      leg: z.string(),
      item: z.string(),
      delta: z.number().int(),
      requestId: z.string().nullable(),
      note: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

export const RequestBody = z.strictObject({
  id: Uuid,
  placeId: Uuid,
  item: Item,
  quantity: z.number().int().min(1).max(MAX_QUANTITY),
  note: Note,
});

export const TransitionBody = z.strictObject({
  id: Uuid.describe("The transition's own id: a resend is applied once."),
  requestId: Uuid,
  to: z.enum(REQUEST_STATUSES),
  note: Note,
});

export const TransitionReply = z.object({
  status: z.enum(['applied', 'duplicate']),
  request: z.enum(REQUEST_STATUSES),
});

export const RequestsReply = z.object({
  requests: z.array(
    z.object({
      id: Uuid,
      placeId: z.string(),
      item: z.string(),
      quantity: z.number().int(),
      status: z.enum(REQUEST_STATUSES),
      note: z.string().nullable(),
      createdAt: z.string(),
      history: z.array(
        z.object({
          from: z.string().nullable(),
          to: z.string(),
          at: z.string(),
          by: z.string().nullable(),
          note: z.string().nullable(),
        }),
      ),
    }),
  ),
});
