// The forecast's reads, on the app's client: the arrivals and booths, and the shelter beds.
import type { z } from 'zod';
import { ForecastReply, ShelterBedsReply } from '../../../api/forecast';
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

export type ShelterBeds = z.infer<typeof ShelterBedsReply>;

/** The beds asked for: the nights ahead, and the assumptions the planner changed (else the server's). */
export interface ShelterBedsAsk {
  readonly checkpoint: string;
  readonly direction: ForecastDirection;
  readonly nights: number;
  readonly shareStaying?: number | undefined;
  readonly shareStayingChildren?: number | undefined;
  readonly stayNights?: number | undefined;
}

export const getShelterBeds = (ask: ShelterBedsAsk, signal: AbortSignal): Promise<ApiResult<ShelterBeds>> =>
  api.client.request('GET', '/api/forecast/shelter-beds', ShelterBedsReply, { signal, query: { ...ask } });
