// The care endpoints the shelter page uses, one function each, on the app's client.
import type { z } from 'zod';
import {
  AppliedReply,
  CandidatesReply,
  CareSheltersReply,
  ShelterDetailReply,
  StayReply,
} from '../../../api/care';
import { api } from '../../api/paso';

export type ShelterDetail = z.infer<typeof ShelterDetailReply>;
export type Candidate = z.infer<typeof CandidatesReply>['people'][number];
const client = api.client;

export const careApi = {
  shelters: (signal: AbortSignal) =>
    client.request('GET', '/api/care/shelters', CareSheltersReply, { signal }),
  shelter: (id: string, signal: AbortSignal) =>
    client.request('GET', `/api/care/shelters/${encodeURIComponent(id)}`, ShelterDetailReply, { signal }),
  candidates: (q: string) => client.request('GET', '/api/care/candidates', CandidatesReply, { query: { q } }),
  checkIn: (body: { shelterId: string; bedKind: string; personIds: readonly string[] }) =>
    client.request('POST', '/api/care/check-ins', StayReply, { body: { id: crypto.randomUUID(), ...body } }),
  checkOut: (personIds: readonly string[]) =>
    client.request('POST', '/api/care/check-outs', StayReply, {
      body: { id: crypto.randomUUID(), personIds },
    }),
  addNeed: (body: { shelterId: string; categories: readonly string[]; text: string }) =>
    client.request('POST', '/api/care/needs', AppliedReply, { body: { id: crypto.randomUUID(), ...body } }),
};
