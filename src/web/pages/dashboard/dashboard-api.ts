// The dashboard's one read, on the app's client: every figure for a day and the days before it.
import type { z } from 'zod';
import { DashboardReply } from '../../../api/dashboard';
import type { ApiResult } from '../../api/client';
import { api } from '../../api/paso';

export type DashboardFigures = z.infer<typeof DashboardReply>;
export type FigureRow = DashboardFigures['hours'][number];

export const getDashboard = (
  query: { readonly checkpoint?: string | undefined; readonly days: number },
  signal: AbortSignal,
): Promise<ApiResult<DashboardFigures>> =>
  api.client.request('GET', '/api/dashboard', DashboardReply, {
    signal,
    query: { days: query.days, checkpoint: query.checkpoint },
  });

/** Sums a count over the rows whose dimensions match. */
export function total(
  rows: readonly FigureRow[],
  count: 'crossed' | 'refused' | 'held',
  match: Readonly<Record<string, string>> = {},
): number {
  return rows
    .filter((r) => Object.entries(match).every(([d, v]) => r.dims[d] === v))
    .reduce((n, r) => n + r[count], 0);
}
