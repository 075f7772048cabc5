// The forecast's one read, on the app's client.
import type { z } from 'zod';
import { ForecastReply } from '../../../api/forecast';
import type { ApiResult } from '../../api/client';
import { api } from '../../api/paso';

export type Forecast = z.infer<typeof ForecastReply>;
export type ForecastDirection = Forecast['direction'];

export interface ForecastAsk {
  readonly checkpoint: string;
  readonly direction: ForecastDirection;
  readonly hours: number;
  readonly serviceMinutes: number;
  readonly targetWaitMinutes: number;
  /** The line's start as the commander gives it; left out, as the server finds it. */
  readonly waitingNow?: number | undefined;
  readonly boothsOpen?: number | undefined;
}

export const getForecast = (ask: ForecastAsk, signal: AbortSignal): Promise<ApiResult<Forecast>> =>
  api.client.request('GET', '/api/forecast', ForecastReply, { signal, query: { ...ask } });
