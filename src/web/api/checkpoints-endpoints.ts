// Setting up a crossing from the app: checkpoints made and changed, booths opened, renamed and retired.
import type { z } from 'zod';
import {
  BoothSchema,
  CheckpointSchema,
  type CreateBoothBody,
  type CreateCheckpointBody,
  type UpdateBoothBody,
  type UpdateCheckpointBody,
} from '../../api/reference';
import type { ApiResult } from './client';
import { api } from './paso';

export type Booth = z.infer<typeof BoothSchema>;
type CheckpointDto = z.infer<typeof CheckpointSchema>;
export type NewCheckpoint = z.input<typeof CreateCheckpointBody>;
export type CheckpointChange = z.input<typeof UpdateCheckpointBody>;
export type NewBooth = z.input<typeof CreateBoothBody>;
export type BoothChange = z.input<typeof UpdateBoothBody>;

const client = api.client;
const at = (code: string) => `/api/checkpoints/${encodeURIComponent(code)}`;

export const checkpointsApi = {
  create: (body: NewCheckpoint): Promise<ApiResult<CheckpointDto>> =>
    client.request('POST', '/api/checkpoints', CheckpointSchema, { body }),
  change: (code: string, body: CheckpointChange): Promise<ApiResult<CheckpointDto>> =>
    client.request('PATCH', at(code), CheckpointSchema, { body }),
  addBooth: (code: string, body: NewBooth): Promise<ApiResult<Booth>> =>
    client.request('POST', `${at(code)}/booths`, BoothSchema, { body }),
  changeBooth: (code: string, booth: string, body: BoothChange): Promise<ApiResult<Booth>> =>
    client.request('PATCH', `${at(code)}/booths/${encodeURIComponent(booth)}`, BoothSchema, { body }),
};
