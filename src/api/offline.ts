// The offline booth's exchanges beyond the event batch: the file a device's outbox is exported to (and
// a supervisor imports), and the supervisor's list of corrections in conflict.
import { z } from 'zod';
import { CheckpointCodeRead, Instant, PERSON_FACTS } from './common';
import { EventOutcomeSchema } from './events';

/** At most this many events in one imported file: a shift's outbox, with room to spare. */
export const IMPORT_MAX_EVENTS = 20_000;

// The batch of POST /api/events, larger, with who exported it and when: the file the booth saves.
export const OutboxFileSchema = z.strictObject({
  events: z
    .array(z.unknown())
    .min(1)
    .max(IMPORT_MAX_EVENTS)
    .describe('Events as in the event interchange (docs/counting.md), each read and applied on its own.'),
  exportedAt: Instant.optional(),
  exportedBy: z.string().trim().max(120).optional(),
});
export type OutboxFile = z.infer<typeof OutboxFileSchema>;

export const ImportReply = z.object({
  applied: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
  outcomes: z.array(EventOutcomeSchema),
});

export const ConflictsQuery = z.strictObject({ checkpoint: CheckpointCodeRead });

const ConflictCorrectionSchema = z.object({
  id: z.string(),
  at: z.string(),
  receivedAt: z.string(),
  boothCode: z.string().nullable(),
  recordedBy: z.string().nullable(),
  offline: z.boolean(),
  // The latest correction of the event its device had seen; null for none; absent when not said.
  seen: z.string().nullable().optional(),
  void: z.boolean(),
  set: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
});

export const ConflictsReply = z.object({
  conflicts: z.array(
    z.object({
      eventId: z.string(),
      eventKind: z.string(),
      eventAt: z.string(),
      // Every correction of the event, in the order the counting rules apply them (the last counts).
      corrections: z.array(ConflictCorrectionSchema),
      // Pairs made without seeing each other, and the fields they set differently ('void' for a void).
      pairs: z.array(z.object({ a: z.string(), b: z.string(), fields: z.array(z.string()) })),
      // The disputed fields as they count now.
      current: z.record(z.string(), z.unknown()),
      // Whom a crossing is about, as it counts now: the supervisor must know whose record they settle.
      // Null for a tally, which names nobody.
      person: z.object(PERSON_FACTS).nullable(),
    }),
  ),
});
