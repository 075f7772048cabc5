// Watchlists, the screening review queue and the duplicate review queue.
import { z } from 'zod';
import { decisionNeedsReason, LINK_DECISIONS, LINK_STATUSES } from '../domain/matching';
import { DocumentView, PERSON_FACTS, TEXT_LIMITS } from './common';

export const ImportWatchlistBody = z.strictObject({
  name: z.string().trim().min(1).max(TEXT_LIMITS.watchlistName),
  format: z.enum(['csv', 'un-xml', 'ftm']),
  content: z.string().min(1),
});

export const WatchlistSchema = z.object({
  id: z.string(),
  name: z.string(),
  format: z.string(),
  entryCount: z.number(),
  active: z.boolean(),
  importedAt: z.string(),
});
/** An import's reply: the list, its index rebuild, and each value of a published list it left out. */
export const ImportWatchlistReply = WatchlistSchema.extend({
  /** The screening index rebuild that brings the list into screening: follow it at /api/jobs/:id. */
  indexJob: z.string(),
  skipped: z.array(
    z.object({
      line: z.number(),
      field: z.string(),
      value: z.string(),
      code: z.string(),
      message: z.string(),
    }),
  ),
});
export const WatchlistsReply = z.object({ watchlists: z.array(WatchlistSchema), indexedEntries: z.number() });
export const SetWatchlistActiveBody = z.strictObject({ active: z.boolean() });

const Explained = {
  score: z.number(),
  explanation: z.unknown(),
  explanationText: z.object({ es: z.string(), en: z.string() }),
};

export const PersonViewSchema = z.object({
  personId: z.string(),
  ...PERSON_FACTS,
  // The document the record was registered with, as corrected: its type (an ICAO code such as P, or a
  // national number's type such as PE-DNI), number, issuing state and expiry; null without one.
  document: DocumentView.nullable(),
  mergedInto: z.string().nullable(),
  registeredAt: z.string().nullable(),
  checkpointName: z.string().nullable(),
  boothCode: z.string().nullable(),
});

// How many of a review queue (screening hits, duplicate links) one read lists.
const QueueLimit = z.coerce.number().int().min(1).max(200).default(50);

export const HitStatusSchema = z.enum(['open', 'confirmed', 'dismissed']);
export const HitsQuery = z.strictObject({ status: HitStatusSchema.default('open'), limit: QueueLimit });
export const HitSchema = z.object({
  id: z.string(),
  status: HitStatusSchema,
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  // Who reviewed it, by the name their account shows; null while open.
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
  ...Explained,
  person: PersonViewSchema,
  entry: z.object({ listName: z.string(), watchId: z.string(), detail: z.unknown() }),
});
export const HitsReply = z.object({
  hits: z.array(HitSchema),
  total: z.number().int().describe('How many hits are in this state; more than listed when over `limit`.'),
});
// Dismissing a possible watchlist match can let the person through: it is an enforcement decision,
// and says why, as a refusal names its ground and an officer's override its reason. Confirming keeps
// the person held, and may say why.
export const ReviewHitBody = z
  .strictObject({
    decision: z.enum(['confirmed', 'dismissed']),
    note: z
      .string()
      .trim()
      .max(TEXT_LIMITS.reviewNote)
      .optional()
      .describe('Why: required to dismiss the match, optional to confirm it.'),
  })
  .refine((b) => b.decision !== 'dismissed' || (b.note ?? '') !== '', {
    message: 'a dismissal needs a reason',
    path: ['note'],
  });

export const LinkStatusSchema = z.enum(LINK_STATUSES);
export const LinksQuery = z.strictObject({
  status: LinkStatusSchema.default('candidate'),
  limit: QueueLimit,
});
export const LinkSchema = z.object({
  id: z.string(),
  status: LinkStatusSchema,
  source: z.enum(['booth', 'batch']),
  createdAt: z.string(),
  // The last review: when, and who by the name their account shows; null for a candidate.
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewReason: z
    .string()
    .nullable()
    .describe('Why the last review decided as it did, as the reviewer wrote it; null for none.'),
  ...Explained,
  a: PersonViewSchema,
  b: PersonViewSchema,
});
export const LinksReply = z.object({
  links: z.array(LinkSchema),
  total: z.number().int().describe('How many links are in this state; more than listed when over `limit`.'),
});
// Merging two records, saying they are two people and undoing a merge decide who is counted as whom:
// each says why, as a dismissed screening hit does; the audit keeps the reason. Confirming may say why.
export const ReviewLinkBody = z
  .strictObject({
    decision: z.enum(LINK_DECISIONS),
    reason: z
      .string()
      .trim()
      .max(TEXT_LIMITS.note)
      .optional()
      .describe(
        `Why, trimmed: required to reject, merge or undo a merge (1 to ${TEXT_LIMITS.note} characters), optional to confirm.`,
      ),
  })
  .refine((b) => !decisionNeedsReason(b.decision) || (b.reason ?? '') !== '', {
    message: 'this review needs a reason',
    path: ['reason'],
  });

export const BatchReply = z.object({
  records: z.number(),
  clusters: z.number(),
  newLinks: z.number(),
  seconds: z.number(),
});
