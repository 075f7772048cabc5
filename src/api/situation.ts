// The situation picture's wire shapes: observations of the line, incidents with their log, and the
// picture the map reads (checkpoints, open incidents, the latest queues, shelters) in one answer.
// Types and lengths are checked here; ranges, times and the map's extent by src/domain/situation.
import { z } from 'zod';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  OBSERVATION_KINDS,
  type ObservationKind,
  SEVERITIES,
  SIDES,
} from '../domain/situation';
import { Code as CheckpointCode, Instant, RequiredText, SHELTER_PLACE, TEXT_LIMITS, Uuid } from './common';
import { CheckpointSchema } from './reference';

const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const INCIDENT_TEXT_LIMITS = { title: 120, description: 1000 } as const;

const Figures = {
  peopleWaiting: z.number().optional().describe('People waiting in the line (whole, 0–50,000).'),
  vehiclesQueued: z.number().optional().describe('Cars and vans queued (whole, 0–20,000).'),
  trucksQueued: z.number().optional().describe('Trucks queued (whole, 0–10,000).'),
  queueKm: z.number().optional().describe("The queue's length in kilometres (0–200)."),
  waitMinutes: z.number().optional().describe('How long one waits now, in minutes (whole, up to a week).'),
} satisfies Record<ObservationKind, z.ZodType>;

export const ObservationBody = z.strictObject({
  id: Uuid.describe('Made where the observation is entered: a resend is applied once.'),
  checkpoint: CheckpointCode,
  side: z
    .enum(SIDES)
    .describe("Relative to the checkpoint: 'entry' waits to enter its country, 'exit' to leave it."),
  observedAt: Instant.describe('When the line was looked at; not in the future (5 minutes of skew allowed).'),
  ...Figures,
  note: OptionalText(TEXT_LIMITS.note),
});

// timeZone: where the checkpoint's times are shown (IANA name).
const Place = z.object({ code: z.string(), name: z.string(), timeZone: z.string() });
const Person = z.object({ displayName: z.string() });
// Who recorded or reported: null when the account is unknown, left out for roles without
// 'situation.recorders' (partners and analysts see what was observed and when, not by which officer).
const Recorder = Person.nullable().optional();

export const ObservationSchema = z.object({
  id: z.string(),
  checkpoint: Place,
  side: z.enum(SIDES),
  observedAt: z.string(),
  recordedAt: z.string(),
  observer: Recorder,
  values: z.object(Figures),
  // Free text an officer wrote may name people or enforcement: left out, as the recorder is, for roles
  // without 'situation.recorders'.
  note: z
    .string()
    .nullable()
    .optional()
    .describe('What the recorder noted; left out for roles that may not see who recorded it.'),
});

export const ObservationsQuery = z.strictObject({
  checkpoint: CheckpointCode.optional(),
  before: Instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ObservationsReply = z.object({ observations: z.array(ObservationSchema) });

export const LatestObservationSchema = z.object({
  checkpoint: Place,
  side: z.enum(SIDES),
  kind: z.enum(OBSERVATION_KINDS),
  value: z.number(),
  observedAt: z.string(),
  observationId: z.string(),
  observerName: z.string().nullable().optional(),
});
export const LatestObservationsReply = z.object({ latest: z.array(LatestObservationSchema) });

// An incident's description and each note of its log are the staff's unless whoever wrote the text
// shared it with humanitarian partners: officers write arrests and prosecutors' cases there. For roles
// without 'situation.recorders' (partners, analysts) an unshared text is never sent: null, and
// `…Withheld` true so that the page can say a text is kept for the staff.
const Shared = (what: string) =>
  z
    .boolean()
    .describe(
      `Whether whoever wrote the ${what} shared it with humanitarian partners (false when there is none). ` +
        'Texts stored before this flag existed are not shared.',
    );
const Withheld = (what: string) =>
  z
    .boolean()
    .describe(
      `True when there is a ${what} this reader may not see (not shared, and the reader's role lacks ` +
        `'situation.recorders': partners and analysts); the ${what} is then null.`,
    );

export const IncidentSchema = z.object({
  id: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  title: z.string(),
  description: z.string().nullable(),
  descriptionShared: Shared('description'),
  descriptionWithheld: Withheld('description'),
  latitude: z.number(),
  longitude: z.number(),
  checkpoint: Place.nullable(),
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  occurredAt: z.string(),
  reportedAt: z.string(),
  reporter: Recorder,
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
});

const Change = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ from: z.enum(values).nullable(), to: z.enum(values) }).nullable();

export const IncidentUpdateSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: Recorder,
  note: z.string().nullable(),
  noteShared: Shared('note'),
  noteWithheld: Withheld('note'),
  status: Change(INCIDENT_STATUSES),
  severity: Change(SEVERITIES),
});

export const IncidentDetailSchema = IncidentSchema.extend({ updates: z.array(IncidentUpdateSchema) });

export const IncidentsQuery = z.strictObject({
  status: z
    .enum(['open', 'closed', 'all'])
    .default('open')
    .describe("'open': every incident not closed (open or monitoring)."),
});
export const IncidentsReply = z.object({ incidents: z.array(IncidentSchema) });

export const NewIncidentBody = z.strictObject({
  id: Uuid.describe('Made where the incident is entered: a resend opens it once.'),
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(SEVERITIES),
  title: RequiredText(INCIDENT_TEXT_LIMITS.title),
  description: OptionalText(INCIDENT_TEXT_LIMITS.description),
  descriptionShared: z
    .boolean()
    .optional()
    .describe(
      'True to let humanitarian partners (and analysts) read the description; without it only officers, ' +
        'supervisors and administrators do. Kept with the text; ignored without a description.',
    ),
  latitude: z.number().describe("Inside the operation's extent (GET /api/situation/picture)."),
  longitude: z.number(),
  checkpoint: CheckpointCode.optional().describe('The checkpoint it concerns, if any.'),
  occurredAt: Instant.optional().describe('When it began; now when not given.'),
});

export const IncidentUpdateBody = z.strictObject({
  id: Uuid.optional().describe("The log entry's id, made by the client: a resend is applied once."),
  note: OptionalText(INCIDENT_TEXT_LIMITS.description),
  noteShared: z
    .boolean()
    .optional()
    .describe(
      'True to let humanitarian partners (and analysts) read the note; without it only officers, ' +
        'supervisors and administrators do. Kept with the entry; ignored without a note.',
    ),
  status: z.enum(INCIDENT_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
});

export const ExtentSchema = z.object({
  south: z.number(),
  west: z.number(),
  north: z.number(),
  east: z.number(),
});

export const PictureReply = z.object({
  asOf: z.string(),
  extent: ExtentSchema,
  // A checkpoint's time zone is whose clock an incident opened there is typed on (the map's own times
  // are the reader's).
  checkpoints: z.array(
    CheckpointSchema.pick({
      code: true,
      name: true,
      country: true,
      latitude: true,
      longitude: true,
      timeZone: true,
    }),
  ),
  incidents: z.array(IncidentSchema).describe('Every incident not closed, most severe first.'),
  latest: z.array(LatestObservationSchema),
  // Null for roles that may not see shelters (officers).
  shelters: z.array(z.object(SHELTER_PLACE)).nullable(),
});
