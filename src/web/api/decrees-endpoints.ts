// The decree register's endpoints, one function each, on the app's client.
import type { z } from 'zod';
import {
  type AmendDecreeBody,
  DecreeDetailReply,
  DecreesReply,
  InForceReply,
  type NewDecreeBody,
} from '../../api/decrees';
import { type ApiClient, type ApiResult, getField, type Signal } from './client';
import { api } from './paso';

export type DecreeRegister = z.infer<typeof DecreesReply>;
export type DecreeView = DecreeRegister['decrees'][number];
export type DecreeDetail = z.infer<typeof DecreeDetailReply>;
export type DecreeInForce = NonNullable<z.infer<typeof InForceReply>['decree']>;
export type NewDecree = z.input<typeof NewDecreeBody>;
export type DecreeAmendment = z.input<typeof AmendDecreeBody>;

const at = (id: string) => `/api/decrees/${encodeURIComponent(id)}`;

export function createDecreesApi(client: ApiClient) {
  return {
    listDecrees: (o: Signal = {}): Promise<ApiResult<readonly DecreeView[]>> =>
      getField(client, '/api/decrees', DecreesReply, 'decrees', o),
    /** The register with the names of the checkpoints its decrees name. */
    getRegister: (o: Signal = {}): Promise<ApiResult<DecreeRegister>> =>
      client.request('GET', '/api/decrees', DecreesReply, o),
    getDecree: (id: string, o: Signal = {}): Promise<ApiResult<DecreeDetail>> =>
      client.request('GET', at(id), DecreeDetailReply, o),
    decreeInForce: (checkpoint: string, o: Signal = {}): Promise<ApiResult<DecreeInForce | null>> =>
      getField(client, '/api/decrees/in-force', InForceReply, 'decree', { ...o, query: { checkpoint } }),
    recordDecree: (body: NewDecree): Promise<ApiResult<DecreeDetail>> =>
      client.request('POST', '/api/decrees', DecreeDetailReply, { body }),
    extendDecree: (id: string, body: NewDecree): Promise<ApiResult<DecreeDetail>> =>
      client.request('POST', `${at(id)}/extensions`, DecreeDetailReply, { body }),
    amendDecree: (id: string, body: DecreeAmendment): Promise<ApiResult<DecreeDetail>> =>
      client.request('POST', `${at(id)}/amendments`, DecreeDetailReply, { body }),
  };
}

export const decreesApi = createDecreesApi(api.client);
