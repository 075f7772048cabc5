// The Paso API, one function per endpoint, on top of the client. Pages call these, never fetch.

import { UsersReply } from '../../api/accounts';
import { AuditReply, AuditVerifyReply } from '../../api/audit';
import { SessionReply } from '../../api/auth';
import { UserSchema } from '../../api/common';
import { PolicyReply, PolicyVersionsReply } from '../../api/documents';
import {
  CheckpointsReply,
  CountriesReply,
  MetaReply,
  SheltersReply,
  SummaryReply,
} from '../../api/reference';
import type { ApiClient, ApiResult } from './client';
import type {
  AuditPage,
  AuditVerify,
  Checkpoint,
  Country,
  Meta,
  PolicyVersion,
  Role,
  Session,
  Shelter,
  StoredPolicy,
  Summary,
  User,
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

type Signal = { readonly signal?: AbortSignal };

function mapResult<T, U>(result: ApiResult<T>, pick: (value: T) => U): ApiResult<U> {
  return result.ok ? { ok: true, value: pick(result.value) } : result;
}

export function createPasoApi(client: ApiClient) {
  return {
    client,
    getMeta: (o: Signal = {}): Promise<ApiResult<Meta>> => client.request('GET', '/api/meta', MetaReply, o),
    login: (username: string, password: string): Promise<ApiResult<Session>> =>
      client.request('POST', '/api/auth/login', SessionReply, { body: { username, password } }),
    getSession: (o: Signal = {}): Promise<ApiResult<Session>> =>
      client.request('GET', '/api/auth/session', SessionReply, o),
    logout: (): Promise<ApiResult<undefined>> => client.command('POST', '/api/auth/logout'),
    listCheckpoints: async (o: Signal = {}): Promise<ApiResult<readonly Checkpoint[]>> =>
      mapResult(await client.request('GET', '/api/checkpoints', CheckpointsReply, o), (v) => v.checkpoints),
    listCountries: async (o: Signal = {}): Promise<ApiResult<readonly Country[]>> =>
      mapResult(await client.request('GET', '/api/countries', CountriesReply, o), (v) => v.countries),
    listShelters: async (o: Signal = {}): Promise<ApiResult<readonly Shelter[]>> =>
      mapResult(await client.request('GET', '/api/shelters', SheltersReply, o), (v) => v.shelters),
    getSummary: (o: Signal = {}): Promise<ApiResult<Summary>> =>
      client.request('GET', '/api/situation/summary', SummaryReply, o),
    listUsers: async (o: Signal = {}): Promise<ApiResult<readonly User[]>> =>
      mapResult(await client.request('GET', '/api/users', UsersReply, o), (v) => v.users),
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
    listPolicyVersions: async (o: Signal = {}): Promise<ApiResult<readonly PolicyVersion[]>> =>
      mapResult(
        await client.request('GET', '/api/documents/policy/versions', PolicyVersionsReply, o),
        (v) => v.versions,
      ),
    savePolicy: (policy: NewPolicyVersion): Promise<ApiResult<StoredPolicy>> =>
      client.request('POST', '/api/documents/policy', PolicyReply, { body: policy }),
  };
}

export type PasoApi = ReturnType<typeof createPasoApi>;
