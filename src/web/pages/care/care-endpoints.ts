// The care endpoints the shelter and supplies pages use, one function each, on the app's client.
// Writes take the action's id from the caller, who keeps it until the write is answered: a resend
// after a lost answer is then applied once.
import type { z } from 'zod';
import {
  AppliedReply,
  CandidatesReply,
  CareSheltersReply,
  type MovementBody,
  type NewShelterBody,
  type RequestBody,
  RequestsReply,
  type ShelterChangeBody,
  ShelterDetailReply,
  ShelterReply,
  StayReply,
  StockReply,
  type ThresholdBody,
  type TransitionBody,
  TransitionReply,
} from '../../../api/care';
import type { NeedCategory } from '../../../domain/care';
import { api } from '../../api/paso';

export type ShelterDetail = z.infer<typeof ShelterDetailReply>;
export type CareShelter = ShelterDetail['shelter'];
export type Candidate = z.infer<typeof CandidatesReply>['people'][number];
export type Stock = z.infer<typeof StockReply>;
export type SupplyRequest = z.infer<typeof RequestsReply>['requests'][number];
const client = api.client;

export const careApi = {
  shelters: (signal: AbortSignal) =>
    client.request('GET', '/api/care/shelters', CareSheltersReply, { signal }),
  shelter: (id: string, signal: AbortSignal) =>
    client.request('GET', `/api/care/shelters/${encodeURIComponent(id)}`, ShelterDetailReply, { signal }),
  createShelter: (body: z.input<typeof NewShelterBody>) =>
    client.request('POST', '/api/care/shelters', ShelterReply, { body }),
  changeShelter: (id: string, body: z.input<typeof ShelterChangeBody>) =>
    client.request('PATCH', `/api/care/shelters/${encodeURIComponent(id)}`, ShelterReply, { body }),
  candidates: (q: string) => client.request('GET', '/api/care/candidates', CandidatesReply, { query: { q } }),
  checkIn: (body: {
    id: string;
    shelterId: string;
    bedKind: string;
    personIds: readonly string[];
    childPlacementReason?: string | undefined;
    allowSplit?: boolean;
  }) => client.request('POST', '/api/care/check-ins', StayReply, { body }),
  checkOut: (body: { id: string; personIds: readonly string[] }) =>
    client.request('POST', '/api/care/check-outs', StayReply, { body }),
  addNeed: (body: { id: string; shelterId: string; categories: readonly NeedCategory[]; text: string }) =>
    client.request('POST', '/api/care/needs', AppliedReply, { body }),
  stock: (signal: AbortSignal) => client.request('GET', '/api/care/stock', StockReply, { signal }),
  requests: (signal: AbortSignal) => client.request('GET', '/api/care/requests', RequestsReply, { signal }),
  move: (body: z.input<typeof MovementBody>) =>
    client.request('POST', '/api/care/movements', AppliedReply, { body }),
  setThreshold: (body: z.input<typeof ThresholdBody>) =>
    client.request('POST', '/api/care/thresholds', AppliedReply, { body }),
  request: (body: z.input<typeof RequestBody>) =>
    client.request('POST', '/api/care/requests', AppliedReply, { body }),
  transition: (body: z.input<typeof TransitionBody>) =>
    client.request('POST', '/api/care/request-transitions', TransitionReply, { body }),
};
