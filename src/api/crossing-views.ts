// What the crossings' read views answer: the open tallies a booth may take one off, the supervisor's
// view of a checkpoint, and the humanitarian side's protection referrals. Writes go through events.
import { z } from 'zod';
import { DECISIONS, REFERRAL_REASONS, TALLY_CATEGORIES } from '../domain/crossings';
import { CheckpointCodeRead, DocumentView, PERSON_FACTS, RequiredText, TEXT_LIMITS } from './common';
import { CountryCodeText } from './events';

const Direction = z.enum(['entry', 'exit']);

export const OpenTalliesQuery = z.strictObject({
  checkpoint: CheckpointCodeRead,
  direction: Direction.optional(),
  category: z.enum(TALLY_CATEGORIES).optional(),
  // A country code, or "unknown" for tallies made without one.
  nationality: z.union([z.literal('unknown'), CountryCodeText]).optional(),
});

export const OpenTallySchema = z.object({
  id: z.string(),
  at: z.string(),
  count: z.number().int(),
  direction: z.string(),
  category: z.string(),
  nationality: z.string().nullable(),
  boothCode: z.string().nullable(),
});
export const OpenTalliesReply = z.object({ tallies: z.array(OpenTallySchema) });

export const OverviewQuery = z.strictObject({
  checkpoint: CheckpointCodeRead,
  hours: z.coerce.number().int().min(1).max(48).default(12),
});

// A person as the crossing event last set them: what a supervisor or a protection officer needs to
// find them, nothing from screening.
export const EventPersonView = z.object({
  ...PERSON_FACTS,
  // Completed years on the crossing's local date (counting rule 5); null without a birth date.
  age: z.number().int().nullable(),
});

const HeldCaseSchema = z.object({
  eventId: z.string(),
  at: z.string(),
  direction: z.string().nullable(),
  boothCode: z.string().nullable(),
  recordedBy: z.string().nullable(),
  person: EventPersonView,
  // The document the person presented, as their crossing stands now, which the supervisor decides
  // on; null when the crossing names none. Then how their identity was established, as the booth
  // recorded it (one of IDENTITY_BASES; null when the crossing does not say). Never in a referral.
  document: DocumentView.nullable(),
  identityBasis: z.string().nullable(),
  // Why the person waits: held by screening (a watchlist match nobody has reviewed yet: the
  // supervisor reviews it before deciding), or, once every match is reviewed, how and by whom; the
  // officer's reason, when they held the person at the booth against the document policy's
  // recommendation; the correction that set the hold, when one did, with its own reason; whether the
  // policy recommended the hold, and its legal basis.
  why: z.object({
    screening: z.boolean(),
    screeningReview: z
      .object({
        outcome: z.enum(['confirmed', 'dismissed']),
        by: z.string().nullable(),
        at: z.string().nullable(),
        // The reviewer's reason, which a dismissal always gives.
        note: z.string().nullable(),
      })
      .nullable(),
    officerReason: z.string().nullable(),
    correction: z
      .object({
        at: z.string(),
        by: z.string().nullable(),
        offline: z.boolean(),
        reason: z.string().nullable(),
      })
      .nullable(),
    policyReferred: z.boolean(),
    legalBasis: z.string().nullable(),
  }),
});

export const REFERRAL_STATUSES = ['open', 'closed'] as const;

export const ReferralSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  // One of REFERRAL_REASONS (src/domain/crossings); a reason added later reaches older web apps as written.
  reason: z.string(),
  createdAt: z.string(),
  crossedAt: z.string(),
  closedAt: z.string().nullable(),
  // Who closed it, by the name their account shows; null while open.
  closedBy: z.string().nullable(),
  note: z.string().nullable(),
  checkpoint: z.object({ code: z.string(), name: z.string(), timeZone: z.string() }),
  boothCode: z.string().nullable(),
  person: EventPersonView,
  // The adult a child's crossing names as the one they travel with, once that crossing is stored
  // (it may arrive after the child's, which opened the referral as for a child alone).
  companion: z.object({ person: EventPersonView, crossedAt: z.string() }).nullable(),
});

export const OverviewReply = z.object({
  checkpoint: z.object({ id: z.string(), code: z.string(), name: z.string(), timeZone: z.string() }),
  from: z.string(),
  to: z.string(),
  // The checkpoint's local date of `to`: the day the decisions are counted for.
  today: z.string(),
  booths: z.array(
    z.object({
      // Null for events recorded without a booth.
      code: z.string().nullable(),
      name: z.string().nullable(),
      lastEventAt: z.string().nullable(),
      officers: z.array(z.object({ id: z.string(), displayName: z.string(), lastEventAt: z.string() })),
    }),
  ),
  // Per booth (null: events recorded without a booth) and local hour, oldest hour first.
  hourly: z.array(
    z.object({
      boothCode: z.string().nullable(),
      date: z.string(),
      hour: z.number().int(),
      registered: z.number().int(),
      tallied: z.number().int(),
      refused: z.number().int(),
      held: z.number().int(),
    }),
  ),
  // Today's decisions from the maintained figures; `tallied` is everyone counted by tally.
  decisions: z.record(z.enum([...DECISIONS, 'tallied']), z.number().int()),
  held: z.array(HeldCaseSchema),
  referrals: z.array(ReferralSchema),
});

// Where people wait for a supervisor: how many crossings each checkpoint holds now, in the order of
// the checkpoints' list. Counts only: nobody is named, so the view may ask before it opens.
export const WaitingReply = z.object({
  checkpoints: z.array(z.object({ code: z.string(), held: z.number().int() })),
});

export const ReferralsQuery = z.strictObject({
  status: z.enum(REFERRAL_STATUSES).default('open'),
  checkpoint: CheckpointCodeRead.optional().describe('Only the referrals opened at this checkpoint.'),
  reason: z
    .enum(REFERRAL_REASONS)
    .optional()
    .describe(
      'Only the referrals opened for this reason: a child alone, a child separated, or the decision.',
    ),
  q: RequiredText(TEXT_LIMITS.personName)
    .optional()
    .describe(
      "Part of the person's name as registered: each word (the first four) is found in a given name or a " +
        'surname, case and accents ignored.',
    ),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(500)
    .describe(
      'How many referrals one page lists: open ones longest waiting first, closed ones latest first.',
    ),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .describe('Which page of `limit` referrals, from 1; a page past the last lists none.'),
});
/** The most referrals one answer lists: open ones longest waiting first, closed ones latest first. */
export const REFERRAL_LIST_LIMIT = 500;

export const ReferralsReply = z.object({
  referrals: z.array(ReferralSchema).max(REFERRAL_LIST_LIMIT),
  total: z
    .number()
    .int()
    .describe('How many referrals the query takes; more than listed when over the limit of one answer.'),
});

export const CloseReferralBody = z.strictObject({
  note: RequiredText(TEXT_LIMITS.note),
});
