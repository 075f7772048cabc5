// Shapes of the Paso API's JSON answers, checked at the edge with zod (mini, to keep the bundle lean).
// Types used by the pages are derived from these schemas, never written twice.
import * as z from 'zod/mini';

export const ROLES = ['officer', 'supervisor', 'humanitarian', 'analyst', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  checkpointIds: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() });
export type Session = z.infer<typeof SessionSchema>;

export const MetaSchema = z.object({
  version: z.string(),
  demo: z.boolean(),
  operationName: z.string(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const BoothSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type Booth = z.infer<typeof BoothSchema>;

export const CheckpointSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  timeZone: z.string(),
  booths: z.array(BoothSchema),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;
export const CheckpointListSchema = z.object({ checkpoints: z.array(CheckpointSchema) });

export const CountrySchema = z.object({
  code: z.string(),
  alpha2: z.string(),
  nameEs: z.string(),
  nameEn: z.string(),
});
export type Country = z.infer<typeof CountrySchema>;
export const CountryListSchema = z.object({ countries: z.array(CountrySchema) });

export const ShelterSchema = z.object({
  id: z.string(),
  name: z.string(),
  city: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  capacity: z.number(),
  occupancy: z.number(),
  operator: z.string(),
  demo: z.boolean(),
});
export type Shelter = z.infer<typeof ShelterSchema>;
export const ShelterListSchema = z.object({ shelters: z.array(ShelterSchema) });

export const SummarySchema = z.object({
  checkpoints: z.number(),
  booths: z.number(),
  shelters: z.number(),
  shelterCapacity: z.number(),
  shelterOccupancy: z.number(),
  // Only some roles are told how many users there are: absent (or null) for the others.
  users: z.optional(z.nullable(z.number())),
  asOf: z.string(),
});
export type Summary = z.infer<typeof SummarySchema>;

export const UserListSchema = z.object({ users: z.array(UserSchema) });

// System actions have no actor, and not every action names an entity or comes with an address.
const maybeString = () => z.optional(z.nullable(z.string()));

export const AuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: maybeString(),
  actorUsername: maybeString(),
  action: z.string(),
  entityType: maybeString(),
  entityId: maybeString(),
  ip: maybeString(),
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  nextCursor: z.nullable(z.string()),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBrokenSeq: z.nullable(z.number()),
});
export type AuditVerify = z.infer<typeof AuditVerifySchema>;

export const ProblemSchema = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
