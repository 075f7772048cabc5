// The situation picture's endpoints on the app's client: the picture the map reads, observations of
// the line, and incidents with their log.
import type { z } from 'zod';
import {
  IncidentDetailSchema,
  type IncidentSchema,
  IncidentsReply,
  type IncidentUpdateBody,
  LatestObservationsReply,
  type NewIncidentBody,
  type ObservationBody,
  ObservationSchema,
  ObservationsReply,
  PictureReply,
} from '../../api/situation';
import { type ApiClient, type ApiResult, getField, type Signal } from './client';
import { api } from './paso';

export type Picture = z.infer<typeof PictureReply>;
export type Incident = z.infer<typeof IncidentSchema>;
export type IncidentDetail = z.infer<typeof IncidentDetailSchema>;
export type LatestObservation = z.infer<typeof LatestObservationsReply>['latest'][number];
export type Observation = z.infer<typeof ObservationSchema>;
export type NewObservation = z.input<typeof ObservationBody>;
export type NewIncident = z.input<typeof NewIncidentBody>;
export type IncidentUpdate = z.input<typeof IncidentUpdateBody>;
export type IncidentFilter = 'open' | 'closed' | 'all';

export function createSituationApi(client: ApiClient) {
  return {
    picture: (o: Signal = {}): Promise<ApiResult<Picture>> =>
      client.request('GET', '/api/situation/picture', PictureReply, o),
    latest: (o: Signal = {}): Promise<ApiResult<readonly LatestObservation[]>> =>
      getField(client, '/api/situation/observations/latest', LatestObservationsReply, 'latest', o),
    observations: (limit: number, o: Signal = {}): Promise<ApiResult<readonly Observation[]>> =>
      getField(client, '/api/situation/observations', ObservationsReply, 'observations', {
        ...o,
        query: { limit },
      }),
    observe: (body: NewObservation): Promise<ApiResult<Observation>> =>
      client.request('POST', '/api/situation/observations', ObservationSchema, { body }),
    incidents: (status: IncidentFilter, o: Signal = {}): Promise<ApiResult<readonly Incident[]>> =>
      getField(client, '/api/situation/incidents', IncidentsReply, 'incidents', { ...o, query: { status } }),
    incident: (id: string, o: Signal = {}): Promise<ApiResult<IncidentDetail>> =>
      client.request('GET', `/api/situation/incidents/${encodeURIComponent(id)}`, IncidentDetailSchema, o),
    openIncident: (body: NewIncident): Promise<ApiResult<IncidentDetail>> =>
      client.request('POST', '/api/situation/incidents', IncidentDetailSchema, { body }),
    updateIncident: (id: string, body: IncidentUpdate): Promise<ApiResult<IncidentDetail>> =>
      client.request(
        'POST',
        `/api/situation/incidents/${encodeURIComponent(id)}/updates`,
        IncidentDetailSchema,
        {
          body,
        },
      ),
  };
}

export const situationApi = createSituationApi(api.client);
