// The transit API's wire shapes: corridors, convoys, manifests and the convoy's log. The web app's
// client checks the answers with the same schemas. No screening or enforcement data travels here.
import { z } from 'zod';
import {
  arrivesAfterDeparture,
  CONVOY_STATUSES,
  ConvoyEventSchema,
  PASSENGER_STATES,
  repeatedPlate,
  replacedTwice,
  VEHICLE_KINDS,
} from '../domain/transit';
import { Code, PERSON_FACTS, PERSON_NAMES, RequiredText, Uuid } from './common';

const Instant = z.iso.datetime({ offset: true }).describe('UTC or with an offset; stored as UTC.');
const Name = RequiredText(120);

const StopSchema = z.strictObject({
  code: Code,
  name: Name,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const NewCorridorBody = z
  .strictObject({
    id: Uuid.describe('Made by the client: a resend creates it once.'),
    code: Code,
    name: Name,
    exitPoint: Code.describe('As the booth records it on admitted-transit, e.g. PE-TUMBES.'),
    stops: z.array(StopSchema).min(2).max(60).describe('In order: the origin first, the exit point last.'),
  })
  .refine((c) => new Set(c.stops.map((s) => s.code)).size === c.stops.length, {
    message: 'each stop code once',
    path: ['stops'],
  });

// Whose clock a stop keeps (src/domain/transit/stop-clocks.ts): a convoy's times there are shown and
// typed on it, and travel in UTC.
const StopZone = z
  .string()
  .describe(
    "The time zone of the checkpoint the stop belongs to: the origin's nearest checkpoint, then " +
      "the nearest within 50 km of a stop, else the stop before's (UTC while no checkpoint is registered).",
  );

export const CorridorSchema = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  exitPoint: z.string(),
  stops: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      latitude: z.number(),
      longitude: z.number(),
      timeZone: StopZone,
    }),
  ),
});
export const CorridorsReply = z.object({ corridors: z.array(CorridorSchema) });

const Plate = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,14}$/, 'a plate of capitals, digits and hyphens');

const VehicleSchema = z.strictObject({
  plate: Plate,
  kind: z.enum(VEHICLE_KINDS),
  seats: z.number().int().min(1).max(120).describe('Every passenger takes a seat, children too.'),
});

// The rules of a convoy's plan (src/domain/transit/convoy-change.ts), as the convoy made and the
// convoy changed are both held to them.
const ARRIVAL_AFTER_DEPARTURE = {
  message: 'the arrival comes after the departure',
  path: ['plannedArrival'],
};
const PLATES_OWN = { message: 'each plate once', path: ['vehicles'] };

export const NewConvoyBody = z
  .strictObject({
    id: Uuid.describe('Made by the client: a resend creates it once.'),
    code: Code,
    corridorId: Uuid,
    plannedDeparture: Instant,
    plannedArrival: Instant,
    vehicles: z.array(VehicleSchema).min(1).max(40),
  })
  .refine((c) => arrivesAfterDeparture(c.plannedDeparture, c.plannedArrival), ARRIVAL_AFTER_DEPARTURE)
  .refine((c) => repeatedPlate(c.vehicles) === undefined, PLATES_OWN);

export const ConvoyChangeBody = z
  .strictObject({
    plannedDeparture: Instant.optional(),
    plannedArrival: Instant.optional(),
    vehicles: z
      .array(
        VehicleSchema.extend({
          replaces: Plate.optional().describe(
            "The plate of the convoy's vehicle this one takes the place of (a bus that broke down): " +
              'its passengers move to this one. A vehicle listed without it keeps its own passengers; ' +
              'one of the convoy left out must carry nobody.',
          ),
        }),
      )
      .min(1)
      .max(40)
      .optional()
      .describe('Every vehicle of the convoy after the change, in order; omitted, they stay as they are.'),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'Nothing to change')
  .refine(
    (c) =>
      c.plannedDeparture === undefined ||
      c.plannedArrival === undefined ||
      arrivesAfterDeparture(c.plannedDeparture, c.plannedArrival),
    ARRIVAL_AFTER_DEPARTURE,
  )
  .refine((c) => c.vehicles === undefined || repeatedPlate(c.vehicles) === undefined, PLATES_OWN)
  .refine((c) => c.vehicles === undefined || replacedTwice(c.vehicles) === undefined, {
    message: 'each vehicle replaced once, and not also kept',
    path: ['vehicles'],
  })
  .meta({ minProperties: 1, description: 'At least one of the times or the vehicles.' });

const Counts = z.object({
  listed: z.number().int(),
  boarded: z.number().int(),
  noShow: z.number().int(),
  onBoard: z.number().int(),
  left: z.number().int(),
  arrived: z.number().int(),
});

export const ConvoySummarySchema = z.object({
  id: Uuid,
  code: z.string(),
  corridor: z.object({ id: Uuid, code: z.string(), name: z.string() }),
  plannedDeparture: z.string(),
  plannedArrival: z.string(),
  departureTimeZone: StopZone.describe("The origin's clock, on which the departure is shown and typed."),
  arrivalTimeZone: StopZone.describe("The last stop's clock, on which the arrival is shown and typed."),
  status: z.enum(CONVOY_STATUSES),
  currentStop: z.string().nullable(),
  vehicles: z.array(z.object({ plate: z.string(), kind: z.enum(VEHICLE_KINDS), seats: z.number().int() })),
  seats: z.number().int(),
  passengers: z.number().int(),
});
export const ConvoysReply = z.object({ convoys: z.array(ConvoySummarySchema) });

// Ages for the convoy's rules are completed years on the local date of this zone (counting rule 5).
const AdmittedZone = z
  .string()
  .describe(
    'The time zone of the checkpoint whose crossing admitted them in transit: ages for the rule that ' +
      'no child is left on board without an adult of their family are taken on its local date.',
  );

const DocumentView = z
  .object({ type: z.string(), number: z.string(), issuingState: z.string().nullable() })
  .nullable();

export const PassengerSchema = z.object({
  personId: Uuid,
  plate: z.string(),
  familyKey: z.string().nullable(),
  relationship: z.string().nullable(),
  ...PERSON_FACTS,
  document: DocumentView,
  state: z.enum(PASSENGER_STATES),
  timeZone: AdmittedZone,
});

const ManifestRowSchema = PassengerSchema.extend({
  eligible: z
    .boolean()
    .describe(
      'False once a correction of their crossing (a refusal, consent withdrawn, another exit point) ' +
        'no longer admits them in transit on this convoy: the seat stays listed, their passes are revoked.',
    ),
});

// One rule for every reason written in a convoy's log, as for a pass's revocation (docs/passes.md).
const LOG_REASON_RULE =
  'As written, for supervisors (passes.issue) only; null for humanitarian partners and officers.';
const LogReason = z.string().nullable();

export const ConvoyDetailReply = z.object({
  convoy: ConvoySummarySchema,
  corridor: CorridorSchema,
  manifest: z.array(ManifestRowSchema),
  counts: Counts,
  visits: z.array(
    z.object({
      stop: z.string(),
      arrivedAt: z.string().nullable(),
      departedAt: z.string().nullable(),
      headCountIn: z.number().int().nullable(),
      headCountOut: z.number().int().nullable(),
      expectedOnBoard: z.number().int(),
    }),
  ),
  left: z.array(
    z.object({
      personId: Uuid,
      stop: z.string(),
      at: z.string(),
      reason: LogReason.describe(`Why they left. ${LOG_REASON_RULE}`),
    }),
  ),
  departedAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  cancelled: z
    .object({ at: z.string(), reason: LogReason.describe(`Why. ${LOG_REASON_RULE}`) })
    .nullable()
    .describe('When and why the convoy was cancelled; null while it is not.'),
  correctable: z
    .object({
      id: Uuid,
      at: z.string(),
      // Someone's leaving as a reader who does not see log reasons gets it: without why.
      event: ConvoyEventSchema.or(
        z.object({ kind: z.literal('left'), personId: Uuid, stop: z.string(), reason: z.null() }),
      ),
    })
    .nullable()
    .describe(
      'The last step standing when a correction may annul it (a departure, a stop, someone leaving, the ' +
        "arrival): log { kind: 'correction', corrects: id, reason } to annul it, with childAloneReason " +
        'when the annulment puts a child on board without an adult of their family (sequence.child-alone).',
    ),
});

export const ConvoyChangeReply = ConvoyDetailReply.extend({
  passesRevoked: z
    .number()
    .int()
    .describe(
      'The passes the new times revoked (cause schedule-changed): valid over the window the old times ' +
        'gave and not over the new one. Their holders keep their seats and are offered new passes.',
    ),
});

export const CandidateSchema = z.object({
  personId: Uuid,
  familyKey: z.string().nullable(),
  relationship: z.string().nullable(),
  ...PERSON_FACTS,
  hasDocument: z.boolean(),
  // The builder finds a person by their document as well as their name; the manifest shows it anyway.
  document: DocumentView,
  decidedAt: z.string(),
  timeZone: AdmittedZone,
  referredChild: z
    .boolean()
    .describe(
      'A child with an open unaccompanied or separated protection referral: rides only with another ' +
        'member of their family (familyKey), never alone.',
    ),
});
export const CandidatesReply = z.object({ candidates: z.array(CandidateSchema) });

export const ManifestBody = z.strictObject({
  seats: z
    .array(z.strictObject({ personId: Uuid, plate: z.string().trim().min(1).max(15) }))
    .max(2000)
    .describe("Who rides which vehicle; a listed person's eligible relatives are placed with them."),
});

export const ConvoyEventBody = z.strictObject({
  id: Uuid.describe('Made by the client: a resend applies once.'),
  at: Instant,
  event: ConvoyEventSchema,
});
export const ConvoyEventReply = z.object({ id: Uuid, status: z.enum(['applied', 'duplicate']) });

export const PassHoldersReply = z.object({
  holders: z.array(
    z.object({
      personId: Uuid,
      ...PERSON_NAMES,
      birthDate: z.string().nullable(),
      document: DocumentView,
      convoyCode: z.string(),
      corridorCode: z.string(),
      vehiclePlate: z.string(),
      validFrom: z.string(),
      validUntil: z.string(),
    }),
  ),
});
