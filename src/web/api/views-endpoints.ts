// The crossings' read views and the referral action, one function per endpoint, on the app's client.
// Writes of crossings, tallies and corrections go through POST /api/events (api.postEvents).
import type { z } from 'zod';
import {
  OpenTalliesReply,
  OverviewReply,
  type REFERRAL_STATUSES,
  ReferralSchema,
  ReferralsReply,
  WaitingReply,
} from '../../api/crossing-views';
import type { ReferralReason } from '../../domain/crossings';
import { type ApiClient, type ApiResult, getField, type Signal } from './client';
import { api } from './paso';

export type Overview = z.infer<typeof OverviewReply>;
/** How many people wait for a supervisor at each checkpoint (held crossings). */
export type Waiting = z.infer<typeof WaitingReply>['checkpoints'];
export type HeldCase = Overview['held'][number];
export type Referral = z.infer<typeof ReferralSchema>;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type Referrals = z.infer<typeof ReferralsReply>;
/**
 * The queue asked for: a status, and optionally one checkpoint (its code), one reason, part of a name
 * and a page.
 */
export interface ReferralsQuery {
  readonly status: ReferralStatus;
  readonly checkpoint?: string;
  readonly reason?: ReferralReason;
  readonly q?: string;
  /** A page of `limit` referrals, from 1; without them, the first 500. */
  readonly page?: number;
  readonly limit?: number;
}
export type EventPerson = Referral['person'];

export function createViewsApi(client: ApiClient) {
  return {
    getOverview: (checkpoint: string, hours: number, o: Signal = {}): Promise<ApiResult<Overview>> =>
      client.request('GET', '/api/crossings/overview', OverviewReply, { ...o, query: { checkpoint, hours } }),
    getWaiting: (o: Signal = {}): Promise<ApiResult<Waiting>> =>
      getField(client, '/api/crossings/waiting', WaitingReply, 'checkpoints', o),
    listReferrals: (query: ReferralsQuery, o: Signal = {}): Promise<ApiResult<Referrals>> =>
      client.request('GET', '/api/referrals', ReferralsReply, { ...o, query: { ...query } }),
    closeReferral: (id: string, note: string): Promise<ApiResult<Referral>> =>
      client.request('POST', `/api/referrals/${encodeURIComponent(id)}/close`, ReferralSchema, {
        body: { note: note.trim() },
      }),
    openTallies: async (
      query: { readonly checkpoint: string; readonly direction?: string; readonly category?: string },
      o: Signal = {},
    ) => client.request('GET', '/api/tallies/open', OpenTalliesReply, { ...o, query }),
  };
}

export const viewsApi = createViewsApi(api.client);
