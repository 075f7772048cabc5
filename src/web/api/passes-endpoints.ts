// The travel passes API on the app's client: the keyset checkpoints keep, issuing and revoking.
import { type IssuePassBody, PassKeyset, PassReply } from '../../api/passes';
import type { ApiResult } from './client';
import { api } from './paso';

export type { PassReply };

export const passesApi = {
  getKeyset: (): Promise<ApiResult<PassKeyset>> =>
    api.client.request('GET', '/api/passes/keyset', PassKeyset),
  issue: (body: IssuePassBody): Promise<ApiResult<PassReply>> =>
    api.client.request('POST', '/api/passes', PassReply, { body }),
  revoke: (id: string, reason: string): Promise<ApiResult<PassReply>> =>
    api.client.request('POST', `/api/passes/${encodeURIComponent(id)}/revoke`, PassReply, {
      body: { reason: reason.trim() },
    }),
  pdfUrl: (id: string, lang: 'es' | 'en') => `/api/passes/${encodeURIComponent(id)}/pdf?lang=${lang}`,
};
