// Wire shapes shared by the server (validation, OpenAPI) and the web app (typed client).
import { z } from 'zod';
import { ROLES } from '../domain/access';
import { CODE_PATTERN } from '../domain/shared';

export const Uuid = z.uuid();
export const RoleSchema = z.enum(ROLES);
export const IsoTime = z.iso.datetime({ offset: false });

export const UserSchema = z.object({
  id: Uuid,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  checkpointIds: z.array(Uuid),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof UserSchema>;

/** A person's names as written: given names, first surname, and the second where there is one. */
export const PERSON_NAMES = {
  givenNames: z.string(),
  surname1: z.string(),
  surname2: z.string().nullable(),
};

/** A person as registered, shown to those who may see people: names as written, sex, birth date, nationality. */
export const PERSON_FACTS = {
  ...PERSON_NAMES,
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  nationality: z.string().nullable(),
};

export type PersonFactsDto = z.infer<z.ZodObject<typeof PERSON_FACTS>>;

/** A shelter on the map: where it is, its beds and how many are taken. */
export const SHELTER_PLACE = {
  id: z.string(),
  name: z.string(),
  city: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  capacity: z.number(),
  occupancy: z.number(),
};

export const IdParams = z.strictObject({ id: Uuid });

/** The reply of a 204: no body. Each route describes what was done. */
export const NoContent = z.null();

/** A checkpoint's, corridor's or stop's code as sent: trimmed, then capitals, digits and hyphens. */
export const Code = z.string().trim().regex(CODE_PATTERN, 'a code of capitals, digits and hyphens');

/**
 * A checkpoint's code as a read asks for it (a report, the dashboard, counts): in any case, read in
 * capitals, as the command line reads `--checkpoint pe-santa-rosa`. Codes are stored in capitals.
 */
export const CheckpointCodeRead = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CODE_PATTERN, 'a code of letters, digits and hyphens');

/** An instant in ISO 8601 with Z or an offset; stored and compared as UTC. */
export const Instant = z.iso.datetime({ offset: true });

/**
 * Text that must say something: trimmed, then at least one character and at most `max`. The pattern
 * tells the API's document that blanks alone are refused, which minLength cannot say of text the
 * server trims first.
 */
export const RequiredText = (max: number) => z.string().trim().min(1).max(max).meta({ pattern: '\\S' });

/**
 * The most characters each kind of free text may have: the schemas refuse more, and the web app's
 * fields stop there (maxLength), so nobody types what the server will turn down.
 */
export const TEXT_LIMITS = {
  /** Given names and each surname of a person. */
  personName: 200,
  documentType: 40,
  documentNumber: 40,
  /** A national identifier checked at the booth (RUN, DNI, cédula…), as typed. */
  identifierNumber: 64,
  /** A machine-readable zone as typed with a registration or event. */
  mrz: 200,
  exitPoint: 80,
  /** Reasons and notes: a refusal's, an override's, a referral's, a policy version's. */
  note: 500,
  /** A supervisor's note on a screening hit. */
  reviewNote: 1000,
  policyRule: 120,
  legalBasis: 300,
  username: 64,
  displayName: 120,
  password: 256,
  watchlistName: 120,
  /** The name of a checkpoint, a booth or a shelter, and a shelter's city and operator. */
  placeName: 120,
  /** The audit log's actor and action filters. */
  auditFilter: 64,
} as const;

/** A document as a person's record or crossing stands now: its type (an ICAO code such as P, or a national number's type such as PE-DNI), number, issuing state and expiry. */
export const DocumentView = z.object({
  type: z.string(),
  number: z.string(),
  issuingState: z.string().nullable(),
  expiryDate: z.string().nullable(),
});
