// The Paso API, one function per endpoint, on top of the client. Pages call these, never fetch.

import { UsersReply } from '../../api/accounts';
import { AuditReply, AuditVerifyReply } from '../../api/audit';
import { SessionReply } from '../../api/auth';
import { UserSchema } from '../../api/common';
import { OpenTalliesReply } from '../../api/crossing-views';
import { PolicyReply, PolicyVersionsReply } from '../../api/documents';
import { EventBatchReply } from '../../api/events';
import { JobSchema } from '../../api/jobs';
import {
  HitSchema,
  HitsReply,
  ImportWatchlistReply,
  LinkSchema,
  LinksReply,
  WatchlistsReply,
} from '../../api/matching';
import { type EarlierRecordsBody, EarlierRecordsReply, RegisterReply } from '../../api/people';
import {
  CheckpointsReply,
  CountriesReply,
  MetaReply,
  SheltersReply,
  SummaryReply,
} from '../../api/reference';
import {
  type ApiClient,
  type ApiFile,
  type ApiResult,
  getField,
  mapResult,
  type QueryValue,
  type Signal,
} from './client';
import type {
  AuditPage,
  AuditVerify,
  Candidate,
  Checkpoint,
  Country,
  DuplicateDecision,
  DuplicateLink,
  EventOutcome,
  HitDecision,
  HitPage,
  HitStatus,
  ImportedWatchlist,
  Job,
  LinkPage,
  LinkStatus,
  Meta,
  NewRegistration,
  NewWatchlist,
  OpenTally,
  OpenTallyQuery,
  PasoEvent,
  PolicyVersion,
  Registered,
  Role,
  ScreeningHit,
  Session,
  Shelter,
  StoredPolicy,
  Summary,
  User,
  Watchlists,
} from './types';

export type NewUser = {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly checkpointIds: readonly string[];
  readonly password: string;
};

export type UserChanges = {
  readonly displayName?: string;
  readonly role?: Role;
  readonly checkpointIds?: readonly string[];
  readonly disabled?: boolean;
};

export type AuditQuery = {
  readonly actor?: string;
  readonly action?: string;
  /** ISO 8601 instants (UTC). */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly cursor?: string;
};

export type NewPolicyVersion = {
  /** The rules as the supervisor wrote them; the server checks them with validateRuleSet. */
  readonly rules: readonly unknown[];
  readonly note: string;
  /** The version the edit started from: the server refuses the save if another came since. */
  readonly baseVersion: number;
};

// The session check's 204 has no body: read as null.
const NoSessionOr = SessionReply.nullish().transform((session) => session ?? null);

export function createPasoApi(client: ApiClient) {
  return {
    client,
    getMeta: (o: Signal = {}): Promise<ApiResult<Meta>> => client.request('GET', '/api/meta', MetaReply, o),
    login: (username: string, password: string): Promise<ApiResult<Session>> =>
      client.request('POST', '/api/auth/login', SessionReply, { body: { username, password } }),
    /** The session, or null when nobody is signed in (the server answers 204). */
    getSession: (o: Signal = {}): Promise<ApiResult<Session | null>> =>
      client.request('GET', '/api/auth/session', NoSessionOr, o),
    logout: (): Promise<ApiResult<undefined>> => client.command('POST', '/api/auth/logout'),
    listCheckpoints: (o: Signal = {}): Promise<ApiResult<readonly Checkpoint[]>> =>
      getField(client, '/api/checkpoints', CheckpointsReply, 'checkpoints', o),
    listCountries: (o: Signal = {}): Promise<ApiResult<readonly Country[]>> =>
      getField(client, '/api/countries', CountriesReply, 'countries', o),
    listShelters: (o: Signal = {}): Promise<ApiResult<readonly Shelter[]>> =>
      getField(client, '/api/shelters', SheltersReply, 'shelters', o),
    getSummary: (o: Signal = {}): Promise<ApiResult<Summary>> =>
      client.request('GET', '/api/situation/summary', SummaryReply, o),
    listUsers: (o: Signal = {}): Promise<ApiResult<readonly User[]>> =>
      getField(client, '/api/users', UsersReply, 'users', o),
    createUser: (user: NewUser): Promise<ApiResult<User>> =>
      client.request('POST', '/api/users', UserSchema, { body: user }),
    updateUser: (id: string, changes: UserChanges): Promise<ApiResult<User>> =>
      client.request('PATCH', `/api/users/${encodeURIComponent(id)}`, UserSchema, { body: changes }),
    resetPassword: (id: string, password: string): Promise<ApiResult<undefined>> =>
      client.command('POST', `/api/users/${encodeURIComponent(id)}/password`, { body: { password } }),
    listAudit: (query: AuditQuery, o: Signal = {}): Promise<ApiResult<AuditPage>> =>
      client.request('GET', '/api/audit', AuditReply, { ...o, query }),
    verifyAudit: (o: Signal = {}): Promise<ApiResult<AuditVerify>> =>
      client.request('GET', '/api/audit/verify', AuditVerifyReply, o),
    getPolicy: (o: Signal = {}): Promise<ApiResult<StoredPolicy>> =>
      client.request('GET', '/api/documents/policy', PolicyReply, o),
    listPolicyVersions: (o: Signal = {}): Promise<ApiResult<readonly PolicyVersion[]>> =>
      getField(client, '/api/documents/policy/versions', PolicyVersionsReply, 'versions', o),
    /** An earlier version with its rules, to read it or start an edit from it. */
    getPolicyVersion: (version: number, o: Signal = {}): Promise<ApiResult<StoredPolicy>> =>
      client.request('GET', `/api/documents/policy/versions/${version}`, PolicyReply, o),
    savePolicy: (policy: NewPolicyVersion): Promise<ApiResult<StoredPolicy>> =>
      client.request('POST', '/api/documents/policy', PolicyReply, { body: policy }),
    register: (registration: NewRegistration): Promise<ApiResult<Registered>> =>
      client.request('POST', '/api/registrations', RegisterReply, { body: registration }),
    /** Earlier registrations that may be the person described, before anyone is registered. */
    earlierRecords: async (
      body: EarlierRecordsBody,
      o: Signal = {},
    ): Promise<ApiResult<readonly Candidate[]>> =>
      mapResult(
        await client.request('POST', '/api/people/candidates', EarlierRecordsReply, { ...o, body }),
        (v) => v.candidates,
      ),
    /** Up to 1000 events checked with parseEvent first; one outcome per event, in order. */
    postEvents: async (
      events: readonly PasoEvent[],
      o: Signal = {},
    ): Promise<ApiResult<readonly EventOutcome[]>> =>
      mapResult(
        await client.request('POST', '/api/events', EventBatchReply, { ...o, body: { events } }),
        (v) => v.outcomes,
      ),
    /** Recent tallies not yet taken off, for a booth registering a person who was tallied. */
    listOpenTallies: (query: OpenTallyQuery, o: Signal = {}): Promise<ApiResult<readonly OpenTally[]>> =>
      getField(client, '/api/tallies/open', OpenTalliesReply, 'tallies', { ...o, query }),
    listWatchlists: (o: Signal = {}): Promise<ApiResult<Watchlists>> =>
      client.request('GET', '/api/watchlists', WatchlistsReply, o),
    /** Imports a list; screening uses it once the index rebuild (`indexJob`) has succeeded. */
    importWatchlist: (list: NewWatchlist): Promise<ApiResult<ImportedWatchlist>> =>
      client.request('POST', '/api/watchlists', ImportWatchlistReply, { body: list }),
    /** Puts a list in or out of force: the answer is the index rebuild to follow. */
    setWatchlistActive: (id: string, active: boolean): Promise<ApiResult<Job>> =>
      client.request('PATCH', `/api/watchlists/${encodeURIComponent(id)}`, JobSchema, { body: { active } }),
    /** The first `limit` hits in this state, and how many there are. */
    listHits: (status: HitStatus, limit: number, o: Signal = {}): Promise<ApiResult<HitPage>> =>
      client.request('GET', '/api/screening/hits', HitsReply, { ...o, query: { status, limit } }),
    reviewHit: (id: string, decision: HitDecision, note: string): Promise<ApiResult<ScreeningHit>> =>
      client.request('POST', `/api/screening/hits/${encodeURIComponent(id)}/review`, HitSchema, {
        body: note.trim() === '' ? { decision } : { decision, note: note.trim() },
      }),
    /** The first `limit` links in this state, and how many there are. */
    listDuplicates: (status: LinkStatus, limit: number, o: Signal = {}): Promise<ApiResult<LinkPage>> =>
      client.request('GET', '/api/duplicates', LinksReply, { ...o, query: { status, limit } }),
    /** A merge, a rejection or an undone merge says why (`reason`); a confirmation may. */
    reviewDuplicate: (
      id: string,
      decision: DuplicateDecision,
      reason: string,
    ): Promise<ApiResult<DuplicateLink>> =>
      client.request('POST', `/api/duplicates/${encodeURIComponent(id)}/review`, LinkSchema, {
        body: reason.trim() === '' ? { decision } : { decision, reason: reason.trim() },
      }),
    /** Starts (or joins) the whole-population dedupe: the answer is the job to follow. */
    startDuplicateBatch: (): Promise<ApiResult<Job>> =>
      client.request('POST', '/api/duplicates/batch', JobSchema),
    getJob: (id: string, o: Signal = {}): Promise<ApiResult<Job>> =>
      client.request('GET', `/api/jobs/${encodeURIComponent(id)}`, JobSchema, o),
    /** The situation report (PDF) of a date; the query as GET /api/reports/sitrep takes it. */
    getSitrep: (query: Readonly<Record<string, QueryValue>>): Promise<ApiResult<ApiFile>> =>
      client.file('/api/reports/sitrep', { query }),
    /** The partners' export (CSV or HXL) of a range; the query as GET /api/reports/export takes it. */
    getExport: (query: Readonly<Record<string, QueryValue>>): Promise<ApiResult<ApiFile>> =>
      client.file('/api/reports/export', { query }),
  };
}

export type PasoApi = ReturnType<typeof createPasoApi>;
