// The dashboard's one read, on the app's client: every figure for a day and the days before it, and
// each figure it shows by key, as the server published it or worked out from the rows.
import type { z } from 'zod';
import { DashboardReply } from '../../../api/dashboard';
import { dashboardFigures, type Published } from '../../../domain/reports';
import type { ApiResult } from '../../api/client';
import { api } from '../../api/paso';

export type DashboardFigures = z.infer<typeof DashboardReply>;

export const getDashboard = (
  query: {
    readonly checkpoint?: string | undefined;
    /** The checkpoint's local date; today there when left out. */
    readonly date?: string | undefined;
    readonly days: number;
  },
  signal: AbortSignal,
): Promise<ApiResult<DashboardFigures>> =>
  api.client.request('GET', '/api/dashboard', DashboardReply, {
    signal,
    query: { days: query.days, checkpoint: query.checkpoint, date: query.date },
  });

/** Each figure the dashboard shows, by its key (dashboardKey in src/domain/reports). */
export interface FigureSource {
  /** True when the figures are published ones: 1 to 4 people `small`, some others `withheld`. */
  readonly published: boolean;
  value(key: string): Published;
  /** The keys that start with `prefix`, in the order the figures were worked out. */
  keys(prefix: string): string[];
}

export function figureSource(f: DashboardFigures): FigureSource {
  const table: Readonly<Record<string, Published>> =
    f.published ?? Object.fromEntries(dashboardFigures(f).values);
  return {
    published: f.published !== undefined,
    value: (key) => table[key] ?? 0,
    keys: (prefix) => Object.keys(table).filter((k) => k.startsWith(prefix)),
  };
}

/** A figure as written: the number, "<5" for 1 to 4 people, "x" for one withheld. */
export const figureText = (value: Published, number: Intl.NumberFormat): string =>
  typeof value === 'number' ? number.format(value) : value === 'small' ? '<5' : 'x';
