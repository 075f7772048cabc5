// The audit log as the admin pages read it.
import { z } from 'zod';
import { TEXT_LIMITS } from './common';

export const AuditQuery = z.strictObject({
  actor: z.string().max(TEXT_LIMITS.auditFilter).optional(),
  action: z.string().max(TEXT_LIMITS.auditFilter).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/)
    .optional(),
});

export const AuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/** How many items of a list in an entry's detail the page shows (and the server names); the rest are counted. */
export const AUDIT_LIST_SHOWN = 3;

export const AuditReply = z.object({
  entries: z.array(AuditEntrySchema),
  nextCursor: z.string().nullable(),
  /**
   * Names of the records the page's entries are about, by id (a checkpoint, incident, decree,
   * watchlist, user…), looked up when the page is read; people are not named.
   */
  names: z.record(z.string(), z.string()),
});

export const AuditVerifyReply = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBrokenSeq: z.number().nullable(),
  reason: z.string().nullable(),
});
