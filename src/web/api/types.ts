// The API's answers as the pages use them, derived from the wire schemas the server validates with.
import type { z } from 'zod';
import type { AuditEntrySchema, AuditReply, AuditVerifyReply } from '../../api/audit';
import type { SessionReply } from '../../api/auth';
import type { UserSchema } from '../../api/common';
import type { PolicyReply, PolicyVersionsReply } from '../../api/documents';
import type {
  CheckpointSchema,
  CountriesReply,
  MetaReply,
  SheltersReply,
  SummaryReply,
} from '../../api/reference';

export type { Role } from '../../domain/access';
export type User = z.infer<typeof UserSchema>;
export type Session = z.infer<typeof SessionReply>;
export type Meta = z.infer<typeof MetaReply>;
export type Checkpoint = z.infer<typeof CheckpointSchema>;
export type Country = z.infer<typeof CountriesReply>['countries'][number];
export type Shelter = z.infer<typeof SheltersReply>['shelters'][number];
export type Summary = z.infer<typeof SummaryReply>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditPage = z.infer<typeof AuditReply>;
export type AuditVerify = z.infer<typeof AuditVerifyReply>;
/** The document policy as served: its rules still to be read with validateRuleSet. */
export type StoredPolicy = z.infer<typeof PolicyReply>;
export type PolicyVersion = z.infer<typeof PolicyVersionsReply>['versions'][number];
