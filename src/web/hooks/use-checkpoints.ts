// The checkpoints, which many pages offer in a select or name in a table. Pages that show the
// checkpoints themselves load them with loadCheckpoints (and show the loading and any problem);
// pages that only offer them take useCheckpointList, which is empty until they arrive.
import { api } from '../api/paso';
import type { Checkpoint } from '../api/types';
import { useApiData } from './use-api-data';

export const loadCheckpoints = (signal: AbortSignal) => api.listCheckpoints({ signal });

export function useCheckpointList(): readonly Checkpoint[] {
  const [checkpoints] = useApiData(loadCheckpoints);
  return checkpoints.status === 'ok' ? checkpoints.value : [];
}
