// Registering a person at a booth, and what the booth is told back.
import { z } from 'zod';
import { VulnerabilitiesSchema } from '../domain/people';
import { Code, IsoTime, PERSON_NAMES, RequiredText, TEXT_LIMITS, Uuid } from './common';
import { CountryCodeText, PartialDateText } from './fields';

export { VULNERABILITIES } from '../domain/people';

const Name = z.string().trim().max(TEXT_LIMITS.personName);

/** A person as the booth records them, in a registration and in a crossing event alike. */
export const PersonInput = z.strictObject({
  givenNames: Name,
  surname1: RequiredText(TEXT_LIMITS.personName),
  surname2: Name.optional(),
  sex: z.enum(['M', 'F', 'X']).optional(),
  birthDate: PartialDateText.optional(),
  nationality: CountryCodeText.optional(),
});

/** A document as the booth records it, in a registration and in a crossing event alike. */
export const DocumentInput = z.strictObject({
  type: RequiredText(TEXT_LIMITS.documentType),
  number: RequiredText(TEXT_LIMITS.documentNumber),
  issuingState: CountryCodeText.optional(),
  expiryDate: PartialDateText.optional(),
  // The zone as the reader typed it, kept beside what the officer confirmed.
  mrz: z.string().max(TEXT_LIMITS.mrz).optional(),
});

export const RegisterBody = z.strictObject({
  id: Uuid,
  checkpointId: Uuid,
  boothId: Uuid.optional(),
  at: IsoTime,
  person: PersonInput,
  document: DocumentInput.optional(),
  intention: z.enum(['entry', 'exit', 'transit']),
  consent: z.boolean(),
  vulnerabilities: VulnerabilitiesSchema.default([]),
  offline: z.boolean().default(false),
});
export type RegisterBodyDto = z.infer<typeof RegisterBody>;

export const CandidateSchema = z.object({
  personId: z.string(),
  registrationId: z.string(),
  at: z.string(),
  checkpointName: z.string(),
  boothCode: z.string().nullable(),
  ...PERSON_NAMES,
  birthDate: z.string().nullable(),
  decision: z
    .string()
    .nullable()
    .describe(
      'What was decided at that crossing, as it stands now; null for a registration without a crossing, or a crossing voided.',
    ),
  direction: z.string().nullable().describe('entry or exit; null as for decision.'),
  probability: z.number(),
});

export const RegisterReply = z.object({
  id: z.string(),
  personId: z.string(),
  // 'hold': a supervisor must see this person before they go on. The booth is told nothing more.
  status: z.enum(['clear', 'hold']),
  candidates: z.array(CandidateSchema),
});

/** Who the booth is about to register: are there earlier registrations that may be the same person? */
export const EarlierRecordsBody = z.strictObject({
  checkpoint: Code.describe('The booth’s checkpoint: an officer asks at a checkpoint they work at.'),
  person: PersonInput,
  document: DocumentInput.optional(),
});

export type EarlierRecordsBody = z.infer<typeof EarlierRecordsBody>;

export const EarlierRecordsReply = z.object({
  candidates: z
    .array(CandidateSchema)
    .describe(
      'Earlier registrations that may be this person, most likely first; an officer sees those of their checkpoints.',
    ),
});
