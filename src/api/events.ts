// The event interchange: crossing, tally and correction events as JSON objects. The same schemas
// validate an event in the browser (before it joins the outbox), in the API and in `paso events
// import`; every refusal carries a stable code that the web app translates.
import { z } from 'zod';
import {
  CORRECTABLE_FIELDS,
  DECISIONS,
  REFERRAL_REASONS,
  REFUSAL_GROUNDS,
  TALLY_CATEGORIES,
} from '../domain/crossings';
import { parsePartialDate } from '../domain/matching';
import { VulnerabilitiesSchema } from '../domain/people';
import { Code, Instant, TEXT_LIMITS } from './common';
import { CountryCodeText, type EventIssue, type EventIssueCode, issue, PartialDateText } from './fields';
import { CandidateSchema, DocumentInput, PersonInput } from './people';

export {
  CountryCodeText,
  DECISIONS,
  type EventIssue,
  type EventIssueCode,
  PartialDateText,
  REFUSAL_GROUNDS,
  TALLY_CATEGORIES,
};

// How a person's identity was established at the booth; nothing in the flow assumes an MRZ.
export const IDENTITY_BASES = ['document', 'declared', 'other-document', 'family-member'] as const;
// A group member's relationship to the group's reference person.
export const RELATIONSHIPS = [
  'reference',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other-relative',
  'legal-guardian',
  'unrelated',
] as const;

const Text = (max: number) => z.string().trim().max(max);

export type EventPerson = z.infer<typeof PersonInput>;

const Common = {
  id: z.uuid(),
  at: Instant,
  checkpoint: Code,
  booth: Code.optional(),
  offline: z.boolean().optional(),
};

// The fields of a crossing that a correction may set (all but kind, id, checkpoint and time).
const CrossingFields = {
  direction: z.enum(['entry', 'exit']),
  decision: z.enum(DECISIONS),
  refusalGround: z.enum(REFUSAL_GROUNDS).optional(),
  // Why: the refusal's note, the override's reason, the supervisor's resolution.
  note: Text(TEXT_LIMITS.note).optional(),
  // For admitted-transit: where the person leaves the country (e.g. "PE-TUMBES").
  exitPoint: Text(TEXT_LIMITS.exitPoint).optional(),
  person: PersonInput,
  document: DocumentInput.optional(),
  identityBasis: z.enum(IDENTITY_BASES).optional(),
  group: z.uuid().optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  // A child's crossing names the crossing of the adult they travel with.
  travelsWith: z.uuid().optional(),
  vulnerabilities: VulnerabilitiesSchema.optional(),
  consent: z.boolean().optional(),
  // What the document policy recommended, under which version and rule, and on what legal basis.
  recommendation: z.enum(['admit', 'refer', 'refuse']).optional(),
  policyVersion: z.number().int().positive().optional(),
  policyRule: Text(TEXT_LIMITS.policyRule).optional(),
  legalBasis: Text(TEXT_LIMITS.legalBasis).optional(),
  // Set when the officer's decision differs from the recommendation.
  overrideReason: Text(TEXT_LIMITS.note).optional(),
  // The decree in force at the checkpoint at the event's time (docs/decrees.md); the server records
  // it when the event does not say, from the register.
  decree: z.strictObject({ id: z.uuid(), number: Text(TEXT_LIMITS.legalBasis) }).optional(),
};

const TallyFields = {
  direction: z.enum(['entry', 'exit']),
  category: z.enum(TALLY_CATEGORIES),
  nationality: CountryCodeText.optional(),
  count: z.number().int().min(1).max(1000),
};

function checkDecision(
  value: {
    decision?: string | undefined;
    refusalGround?: string | undefined;
    exitPoint?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (value.decision === 'refused' && value.refusalGround === undefined) {
    ctx.addIssue({
      ...issue('refusal.ground-required', 'a refusal needs a ground'),
      path: ['refusalGround'],
    });
  }
  if (value.decision !== undefined && value.decision !== 'refused' && value.refusalGround !== undefined) {
    ctx.addIssue({
      ...issue('refusal.ground-unexpected', 'only a refusal has a ground'),
      path: ['refusalGround'],
    });
  }
}

function checkBirthBeforeEvent(
  value: { at: string; person?: { birthDate?: string | undefined } | undefined },
  ctx: z.RefinementCtx,
): void {
  const text = value.person?.birthDate;
  if (text === undefined) return;
  const parsed = parsePartialDate(text);
  if (!parsed.ok || parsed.value === undefined) return;
  // An unreadable time is refused on its own field; there is no event day to compare with.
  const atMs = Date.parse(value.at);
  if (Number.isNaN(atMs)) return;
  const { year, month = 1, day = 1 } = parsed.value;
  const path = ['person', 'birthDate'];
  if (year < 1900) ctx.addIssue({ ...issue('date.before-1900', 'a birth date before 1900'), path });
  const birth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // The latest date anywhere at that instant (UTC+14): a child born today east of Greenwich is not
  // refused while it is still yesterday in UTC.
  const eventDay = new Date(atMs + 14 * 3_600_000).toISOString().slice(0, 10);
  if (birth > eventDay) ctx.addIssue({ ...issue('date.future', 'a birth date after the event'), path });
}

export const CrossingEventSchema = z
  .looseObject({ kind: z.literal('crossing'), ...Common, ...CrossingFields })
  .superRefine(checkDecision)
  .superRefine(checkBirthBeforeEvent);

export const TallyEventSchema = z.looseObject({ kind: z.literal('tally'), ...Common, ...TallyFields });

const CorrectionSet = z
  .strictObject({
    ...Object.fromEntries(Object.entries(CrossingFields).map(([k, v]) => [k, v.optional()])),
    category: TallyFields.category.optional(),
    nationality: TallyFields.nationality,
    count: TallyFields.count.optional(),
  })
  .partial();

export const CorrectionEventSchema = z
  .looseObject({
    kind: z.literal('correction'),
    ...Common,
    corrects: z.uuid(),
    // The latest correction of the same event the device had seen when it made this one (null: none).
    // Two corrections neither of which saw the other are listed as a conflict if they disagree.
    seen: z.uuid().nullable().optional(),
    void: z.literal(true).optional(),
    set: z.record(z.string(), z.unknown()).optional(),
    note: Text(TEXT_LIMITS.note).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.void === undefined && value.set === undefined) {
      ctx.addIssue(issue('correction.empty', 'a correction needs void or set'));
    }
    if (value.void !== undefined && value.set !== undefined) {
      ctx.addIssue(issue('correction.both', 'a correction either voids or sets, not both'));
    }
    if (value.set === undefined) return;
    for (const key of Object.keys(value.set)) {
      if (!(CORRECTABLE_FIELDS as readonly string[]).includes(key)) {
        ctx.addIssue({
          ...issue('correction.fixed-field', `"${key}" cannot be corrected`),
          path: ['set', key],
        });
      }
    }
    const parsed = CorrectionSet.safeParse(value.set, { reportInput: true });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        if (i.code === 'unrecognized_keys') continue;
        // Coded here, where the input of the inner issue is still known (see codeOf).
        ctx.addIssue({ ...issue(codeOf(i), i.message), path: ['set', ...i.path] });
      }
    } else {
      checkDecision(parsed.data as { decision?: string; refusalGround?: string }, ctx);
      checkBirthBeforeEvent({ at: value.at, person: (parsed.data as { person?: EventPerson }).person }, ctx);
    }
  });

export const EventSchema = z.discriminatedUnion('kind', [
  CrossingEventSchema,
  TallyEventSchema,
  CorrectionEventSchema,
]);

export type CrossingEvent = z.infer<typeof CrossingEventSchema>;
export type TallyEvent = z.infer<typeof TallyEventSchema>;
export type CorrectionEvent = z.infer<typeof CorrectionEventSchema>;
export type PasoEvent = z.infer<typeof EventSchema>;

// Built-in checks carry no code of ours: the field they concern says which rule was broken.
const CODE_BY_FIELD: Readonly<Record<string, EventIssueCode>> = {
  count: 'tally.count-range',
  at: 'event.time',
  checkpoint: 'event.checkpoint-code',
  booth: 'event.checkpoint-code',
  id: 'event.uuid',
  group: 'event.uuid',
  travelsWith: 'event.uuid',
  corrects: 'event.uuid',
};

function codeOf(i: z.core.$ZodIssue): EventIssueCode {
  const params = (i as { params?: { code?: unknown } }).params;
  if (params && typeof params.code === 'string') return params.code as EventIssueCode;
  const field = String(i.path.at(-1) ?? '');
  const byField = CODE_BY_FIELD[field];
  if (byField !== undefined && i.input !== undefined) return byField;
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? 'event.required' : 'event.invalid-type';
    case 'unrecognized_keys':
      return 'event.unknown-field';
    case 'too_big':
      return 'event.too-long';
    case 'too_small':
      return 'event.required';
    case 'invalid_union':
    case 'invalid_value':
      return 'event.invalid-value';
    default:
      return 'event.invalid-value';
  }
}

/** How far after the server's clock an event's time may be: a device's clock running a little ahead. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * An event as read, or every issue found in it, each with its path, stable code and message. Given
 * `now` (the server's clock, in ms), an event dated more than FUTURE_TOLERANCE_MS after it is refused:
 * a device whose clock runs ahead would file its records on a later day, and a correction dated ahead
 * would sort after a supervisor's, or after the hold screening makes (docs/counting.md).
 */
export function parseEvent(
  input: unknown,
  now?: number,
): { readonly ok: true; readonly value: PasoEvent } | { readonly ok: false; readonly issues: EventIssue[] } {
  // zod 4 leaves out each issue's input unless asked, and codeOf needs it to tell a missing field
  // (event.required) from a bad one (tally.count-range, event.time, event.uuid…).
  const parsed = EventSchema.safeParse(input, { reportInput: true });
  if (parsed.success) {
    if (now !== undefined && Date.parse(parsed.data.at) > now + FUTURE_TOLERANCE_MS) {
      const clock = new Date(now).toISOString();
      const message = `a time more than 5 minutes after the server's clock (${clock}): is the device's clock right?`;
      return { ok: false, issues: [{ path: 'at', code: 'event.in-future', message }] };
    }
    return { ok: true, value: parsed.data };
  }
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      code: codeOf(i),
      message: i.message,
    })),
  };
}

// What the server answers for each event of a batch.
export const EventOutcomeSchema = z.object({
  id: z.string(),
  index: z.number().int(),
  status: z.enum(['applied', 'duplicate', 'problem']),
  // A correction kept until the event it corrects arrives (devices sync in any order).
  waiting: z.boolean().optional(),
  // A crossing of a person: 'hold' when screening found a possible watchlist hit (the decision is
  // then `held` until a supervisor decides); the booth learns nothing more. A correction of the
  // person or document whose person, screened again as corrected, has a new hit: 'hold'.
  screening: z.enum(['clear', 'hold']).optional(),
  personId: z.string().optional(),
  // Earlier registrations that may be the same person (a crossing of a person sent by the booth).
  candidates: z.array(CandidateSchema).optional(),
  // The crossing opened a protection referral for the humanitarian side: a child's, or the decision's.
  referral: z.enum(REFERRAL_REASONS).optional(),
  // A correction in conflict: another correction of the same event, made without seeing this one (or
  // seen by none), says otherwise. Both are kept and count in time order; a supervisor settles it.
  conflict: z.literal(true).optional(),
  problem: z
    .object({
      code: z.string(),
      title: z.string(),
      detail: z.string(),
      errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
    })
    .optional(),
});
export type EventOutcome = z.infer<typeof EventOutcomeSchema>;

export const EventBatchBody = z.strictObject({
  // Each event is read on its own (parseEvent), so that one bad event does not refuse the batch.
  events: z
    .array(z.unknown())
    .min(1)
    .max(1000)
    .describe(
      'Crossing, tally and correction events, each as in the event interchange (docs/counting.md). ' +
        'An event that does not read is answered in its outcome (status "problem", with every ' +
        'field found wrong), not by refusing the batch.',
    ),
});
export const EventBatchReply = z.object({ outcomes: z.array(EventOutcomeSchema) });
