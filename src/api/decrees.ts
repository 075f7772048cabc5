// The decree register on the wire: a decree as sent (a declaration, an extension or an amendment), as
// answered (with its chain of extensions and history), and the decree in force at a checkpoint.
import { z } from 'zod';
import { DecreeContentSchema } from '../domain/decrees';
import { CheckpointCodeRead, Instant, RequiredText, TEXT_LIMITS, Uuid } from './common';

// What a supervisor writes; lists left out are empty. A zone left out is the decree's own for an
// amendment, the extended decree's for an extension, and for a declaration that of the checkpoints it
// names when they share one, else Peru's (defaultTimeZone).
const ContentBody = DecreeContentSchema.extend({
  publishedOn: DecreeContentSchema.shape.publishedOn.default(null),
  timeZone: DecreeContentSchema.shape.timeZone
    .optional()
    .describe(
      'The IANA time zone its days are counted in (America/Lima, America/Santiago). Left out: the ' +
        'amended or extended decree’s; for a declaration the zone of the checkpoints it names when ' +
        'they share one, else America/Lima.',
    ),
  checkpoints: DecreeContentSchema.shape.checkpoints.default([]),
  areas: DecreeContentSchema.shape.areas.default([]),
  rightsSuspended: DecreeContentSchema.shape.rightsSuspended
    .default([])
    .describe(
      'The rights restricted: only those the constitution of the decree’s country lets a state of ' +
        'emergency restrict, else decree.invalid (decree.right-not-restrictable). The country is that of ' +
        'its time zone: Peru (America/Lima, art. 137.1) all four; Chile (America/Santiago, ' +
        'America/Punta_Arenas, Pacific/Easter; art. 43) freedom-of-movement and freedom-of-assembly.',
    ),
  measures: DecreeContentSchema.shape.measures.default([]),
  units: DecreeContentSchema.shape.units.default([]),
});

/** A new decree (POST /api/decrees) or a new extension (POST /api/decrees/:id/extensions). */
export const NewDecreeBody = ContentBody.extend({
  // Made where the record is first written: a resend with the same content is answered as recorded.
  id: Uuid,
});

export const AmendDecreeBody = z.strictObject({
  // The version the supervisor started from: an amendment over a newer version is refused, not merged.
  baseVersion: z.number().int().positive().optional(),
  reason: RequiredText(TEXT_LIMITS.note),
  content: ContentBody,
});

const Ref = z.object({ id: Uuid, number: z.string() });

export const DecreeSchema = DecreeContentSchema.extend({
  id: Uuid,
  version: z.number().int(),
  extends: Ref.nullable(),
  /** The extensions of this decree, the earliest first. */
  extendedBy: z.array(Ref),
  /** The last day once every extension (of extensions) is counted. */
  chainEndsOn: z.string(),
  /** The decree's period in UTC: from inclusive, to exclusive. */
  from: z.string(),
  to: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const DecreesReply = z.object({
  decrees: z.array(DecreeSchema),
  /**
   * The checkpoints the decrees name, by code and name: every reader sees where a decree applies,
   * though an officer's GET /api/checkpoints holds only their own checkpoint.
   */
  checkpoints: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const DecreeDetailReply = z.object({
  decree: DecreeSchema,
  history: z.array(
    z.object({
      version: z.number().int(),
      change: z.enum(['recorded', 'amended']),
      reason: z.string().nullable(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
      content: DecreeContentSchema,
    }),
  ),
});

export const InForceQuery = z.strictObject({
  checkpoint: CheckpointCodeRead.describe('The checkpoint, by code (PE-SANTA-ROSA), in any case.'),
  at: Instant.optional().describe('The instant; now when left out.'),
});

export const DecreeSummarySchema = z.object({
  id: Uuid,
  number: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  extends: Uuid.nullable(),
});

export const InForceReply = z.object({ decree: DecreeSummarySchema.nullable() });
