// Corrections in conflict at a checkpoint (GET /api/corrections/conflicts), for the supervisor.
import type { z } from 'zod';
import { ConflictsReply } from '../../api/offline';
import type { ApiResult, Signal } from './client';
import { api } from './paso';

export type CorrectionConflict = z.infer<typeof ConflictsReply>['conflicts'][number];

export const listConflicts = (
  checkpoint: string,
  o: Signal = {},
): Promise<ApiResult<z.infer<typeof ConflictsReply>>> =>
  api.client.request('GET', '/api/corrections/conflicts', ConflictsReply, { ...o, query: { checkpoint } });
