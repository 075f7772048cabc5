// The transit API on the app's client: corridors, convoys (planning one, changing its times and
// vehicles), a convoy's page, its candidates, its manifest, its log events and its passengers' passes.
import { z } from 'zod';
import { newId } from '../../api/ids';
import { PassReply } from '../../api/passes';
import {
  CandidatesReply,
  type ConvoyChangeBody,
  ConvoyChangeReply,
  ConvoyDetailReply,
  ConvoyEventReply,
  ConvoysReply,
  CorridorSchema,
  CorridorsReply,
  type NewConvoyBody,
  type NewCorridorBody,
} from '../../api/transit';
import type { ConvoyEvent } from '../../domain/transit';
import type { ApiResult, Signal } from './client';
import { api } from './paso';

export type ConvoyDetail = z.infer<typeof ConvoyDetailReply>;
export type Passenger = ConvoyDetail['manifest'][number];
export type Candidate = z.infer<typeof CandidatesReply>['candidates'][number];
export type ConvoySummary = z.infer<typeof ConvoysReply>['convoys'][number];
export type Corridor = z.infer<typeof CorridorsReply>['corridors'][number];

const ConvoyPassesReply = z.object({ passes: z.array(PassReply) });

const client = api.client;
const path = (id: string, rest = '') => `/api/convoys/${encodeURIComponent(id)}${rest}`;

export const transitApi = {
  corridors: (o: Signal = {}) => client.request('GET', '/api/corridors', CorridorsReply, o),
  createCorridor: (body: z.input<typeof NewCorridorBody>) =>
    client.request('POST', '/api/corridors', CorridorSchema, { body }),
  convoys: (o: Signal = {}) => client.request('GET', '/api/convoys', ConvoysReply, o),
  createConvoy: (body: z.input<typeof NewConvoyBody>): Promise<ApiResult<ConvoyDetail>> =>
    client.request('POST', '/api/convoys', ConvoyDetailReply, { body }),
  convoy: (id: string, o: Signal = {}): Promise<ApiResult<ConvoyDetail>> =>
    client.request('GET', path(id), ConvoyDetailReply, o),
  /** Changes a convoy's times or vehicles before it leaves; answers the convoy and the passes revoked. */
  changePlan: (id: string, body: z.input<typeof ConvoyChangeBody>) =>
    client.request('PATCH', path(id), ConvoyChangeReply, { body }),
  candidates: (id: string, o: Signal = {}) =>
    client.request('GET', path(id, '/candidates'), CandidatesReply, o),
  setManifest: (id: string, seats: readonly { personId: string; plate: string }[]) =>
    client.request('PUT', path(id, '/manifest'), ConvoyDetailReply, { body: { seats } }),
  /** The passes already issued to the passengers who may still travel. */
  passes: (id: string, o: Signal = {}) => client.request('GET', path(id, '/passes'), ConvoyPassesReply, o),
  /** Issues a pass to each passenger who may still travel; those issued before are answered as they are. */
  issuePasses: (id: string) => client.request('POST', path(id, '/passes'), ConvoyPassesReply),
  /** All the convoy's passes as one PDF to print, an A5 page each. */
  passesPdfUrl: (id: string, lang: 'es' | 'en') => `${path(id, '/passes/pdf')}?lang=${lang}`,
  log: (id: string, event: ConvoyEvent, at: Date = new Date()) =>
    client.request('POST', path(id, '/events'), ConvoyEventReply, {
      body: { id: newId(), at: at.toISOString(), event },
    }),
};
