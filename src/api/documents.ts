// Document checks at the booth: a machine-readable zone or a national number checked, the document
// policy in force with its recommendation, and the policy's versions.
import { z } from 'zod';
import { ID_TYPES, type IdType, MRZ_VARIANTS } from '../domain/documents';
import { RequiredText, TEXT_LIMITS, Uuid } from './common';

export const MRZ_MAX_LENGTH = 1000;

export const DirectionSchema = z.enum(['entry', 'exit', 'transit']);

export const MrzCheckBody = z
  .strictObject({
    // Any text: a zone that does not read is an answer with problems, not a bad request.
    mrz: z.string().max(MRZ_MAX_LENGTH),
    checkpointId: Uuid.optional(),
    direction: DirectionSchema.optional(),
  })
  .refine(
    (b) => (b.checkpointId === undefined) === (b.direction === undefined),
    'checkpointId and direction go together',
  )
  .meta({
    description:
      'checkpointId and direction go together: both, for the document policy to recommend a decision, or neither.',
    anyOf: [
      { required: ['checkpointId', 'direction'] },
      { not: { anyOf: [{ required: ['checkpointId'] }, { required: ['direction'] }] } },
    ],
  });

const MrzFieldsSchema = z.object({
  documentCode: z.string(),
  issuingState: z.string(),
  surname: z.string(),
  givenNames: z.string(),
  documentNumber: z.string(),
  nationality: z.string(),
  birthDate: z.string().nullable(),
  birthDatePrecision: z.enum(['day', 'month', 'year', 'unknown']),
  sex: z.enum(['M', 'F', 'X', 'unspecified']).nullable(),
  expiryDate: z.string().nullable(),
  optionalData: z.string(),
  optionalData2: z.string(),
});

const Position = { line: z.number(), column: z.number() };

export const PolicyDecisionSchema = z.object({
  outcome: z.enum(['admit', 'refer', 'refuse']),
  ruleId: z.string().nullable(),
  legalBasis: z.string().nullable(),
  description: z.string().nullable(),
  /** The version of the document policy the recommendation rests on, to be recorded with a decision. */
  rulesetVersion: z.string(),
});

export const MrzCheckReply = z.object({
  valid: z.boolean(),
  format: z.enum(['TD1', 'TD2', 'TD3', 'MRV-A', 'MRV-B']).nullable(),
  fields: MrzFieldsSchema.nullable(),
  expired: z.boolean(),
  problems: z
    .array(z.object({ field: z.string(), code: z.string(), ...Position, length: z.number() }))
    .readonly(),
  repairs: z
    .array(
      z.object({
        field: z.string(),
        ...Position,
        from: z.string(),
        to: z.string(),
        // Present when only a check digit chose the reading (a document number, optional data): the
        // zone is not valid until someone confirms the field against the printed page.
        needsConfirmation: z.literal(true).optional(),
      }),
    )
    .readonly(),
  // Present when the zone reads only by an issuer's documented departure from ICAO 9303.
  variant: z.enum(MRZ_VARIANTS).optional(),
  // Present when a checkpoint and direction were given: null when the zone has problems (a
  // recommendation needs trustworthy fields; a repair awaiting confirmation touches only the number
  // and optional data, which the policy does not read).
  policy: PolicyDecisionSchema.nullable().optional(),
});

export const IdentifierBody = z.strictObject({
  idType: z.enum(ID_TYPES as readonly [IdType, ...IdType[]]),
  number: z.string().max(TEXT_LIMITS.identifierNumber),
});

export const IdentifierReply = z.object({
  valid: z.boolean(),
  idType: z.string().nullable(),
  normalized: z.string().nullable(),
  display: z.string().nullable(),
  problems: z
    .array(
      z.object({
        code: z.string(),
        idType: z.string(),
        length: z.number().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        expected: z.string().optional(),
        found: z.string().optional(),
      }),
    )
    .readonly(),
});

// Who saved a version, by display name as the decree register names an author: null when no user
// did (the demo's, saved by the system). Absent only from an answer a booth kept offline from an
// older server, whose reader then shows `createdBy`.
const CreatedByName = z
  .string()
  .nullable()
  .optional()
  .describe("The display name of the user who saved the version; null when no user did (the system's).");

const PolicyVersionSchema = z.object({
  version: z.number(),
  note: z.string(),
  createdBy: z.string(),
  createdByName: CreatedByName,
  createdAt: z.string(),
});

// Rules are checked by the domain's validateRuleSet (every problem with its path), not by a second
// copy of their shape here; readers validate them the same way. Version 0, with no rules and no
// author, is an installation where no policy was ever saved: every evaluation is then 'refer'.
export const PolicyReply = z.object({
  version: z.number(),
  rules: z.array(z.unknown()).readonly(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdByName: CreatedByName,
  createdAt: z.string().nullable(),
});

export const PolicyVersionsReply = z.object({ versions: z.array(PolicyVersionSchema) });

// Digits only: '1e3' and ' 2' are not version numbers, though Number() would read them.
export const PolicyVersionParams = z.strictObject({
  version: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, 'a version number, 1 or more')
    .transform(Number)
    .describe('The version, as the history numbers it.'),
});

export const SavePolicyBody = z.strictObject({
  rules: z
    .array(z.unknown())
    .max(500)
    .describe(
      'The rules of docs/documents.md, checked as a whole: any fault refuses the save with ' +
        'policy.invalid, each fault with its path.',
    ),
  note: RequiredText(TEXT_LIMITS.note),
  // The version the editor started from: a save over a newer version is refused, not merged.
  baseVersion: z.number().int().min(0).optional(),
});
