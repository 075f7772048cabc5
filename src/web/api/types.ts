// The API's answers as the pages use them, derived from the wire schemas the server validates with.
import type { z } from 'zod';
import type { AuditEntrySchema, AuditReply, AuditVerifyReply } from '../../api/audit';
import type { SessionReply } from '../../api/auth';
import type { UserSchema } from '../../api/common';
import type { OpenTalliesQuery, OpenTallySchema } from '../../api/crossing-views';
import type { PolicyReply, PolicyVersionsReply } from '../../api/documents';
import type { JobProgressSchema, JobSchema } from '../../api/jobs';
import type {
  BatchReply,
  HitSchema,
  HitStatusSchema,
  HitsReply,
  ImportWatchlistBody,
  ImportWatchlistReply,
  LinkSchema,
  LinkStatusSchema,
  LinksReply,
  PersonViewSchema,
  ReviewHitBody,
  ReviewLinkBody,
  WatchlistSchema,
  WatchlistsReply,
} from '../../api/matching';
import type { CandidateSchema, RegisterBody, RegisterReply } from '../../api/people';
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
/** A registration as the booth sends it (the body's input shape: defaults may be left out). */
export type NewRegistration = z.input<typeof RegisterBody>;
export type Registered = z.infer<typeof RegisterReply>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Watchlist = z.infer<typeof WatchlistSchema>;
/** An imported list, with the index rebuild that brings it into screening. */
export type ImportedWatchlist = z.infer<typeof ImportWatchlistReply>;
export type Watchlists = z.infer<typeof WatchlistsReply>;
export type NewWatchlist = z.infer<typeof ImportWatchlistBody>;
export type PersonView = z.infer<typeof PersonViewSchema>;
export type HitStatus = z.infer<typeof HitStatusSchema>;
export type HitDecision = z.infer<typeof ReviewHitBody>['decision'];
/** A screening hit; its explanation is still to be read with readExplanation. */
export type ScreeningHit = z.infer<typeof HitSchema>;
/** A queue's first hits in one state, and how many are in it. */
export type HitPage = z.infer<typeof HitsReply>;
export type LinkStatus = z.infer<typeof LinkStatusSchema>;
export type DuplicateDecision = z.infer<typeof ReviewLinkBody>['decision'];
export type DuplicateLink = z.infer<typeof LinkSchema>;
/** A queue's first links in one state, and how many are in it. */
export type LinkPage = z.infer<typeof LinksReply>;
export type BatchResult = z.infer<typeof BatchReply>;
/** Long work the server runs off the request path, followed until it succeeded or failed. */
export type Job = z.infer<typeof JobSchema>;
export type JobProgress = z.infer<typeof JobProgressSchema>;
export type { EventOutcome, PasoEvent } from '../../api/events';
export type OpenTally = z.infer<typeof OpenTallySchema>;
export type OpenTallyQuery = z.input<typeof OpenTalliesQuery>;
