// GET /api/forecast: the arrivals expected at a checkpoint in the hours ahead, with intervals, and the
// booths they need, from the maintained hourly figures of the last two weeks. Aggregates only.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ForecastQuery, ForecastReply } from '../../api/forecast';
import { localHour } from '../../domain/crossings';
import { boothsNeeded, type DayCounts, forecastArrivals } from '../../domain/forecast';
import { addDays } from '../../domain/shared';
import { readFigures } from '../../store/crossings';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';

const route = routesTagged('situation');
const HISTORY_DAYS = 14;

export const forecastRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  app.get(
    '/api/forecast',
    route('situation.read', {
      description:
        'Arrivals expected at a checkpoint in each hour ahead (registered and tallied, whatever the ' +
        'decision), with an 80 % interval, and the booths an Erlang C queue needs to keep the wait ' +
        'to the target, from the hourly figures of the last 14 days (docs/forecast.md).',
      querystring: ForecastQuery,
      response: { 200: ForecastReply },
    }),
    async (request) => {
      const q = request.query;
      const checkpoint = await namedCheckpoint(kysely, request, q.checkpoint, false);
      const now = ctx.now();
      const { date: today, hour: nowHour } = localHour(now, checkpoint.timeZone);
      const from = addDays(today, -HISTORY_DAYS);
      const rows = await readFigures(kysely, {
        from,
        to: today,
        checkpoint: checkpoint.code,
        by: ['date', 'hour', 'direction'],
      });
      const days: DayCounts[] = Array.from({ length: HISTORY_DAYS + 1 }, (_, i) => ({
        date: addDays(today, i - HISTORY_DAYS),
        hours: new Array<number>(24).fill(0),
      }));
      const byDate = new Map(days.map((d) => [d.date, d.hours as number[]]));
      for (const row of rows) {
        if (q.direction !== 'both' && row.dims.direction !== q.direction) continue;
        const hours = byDate.get(row.dims.date ?? '');
        const hour = Number(row.dims.hour);
        if (hours && hour >= 0 && hour < 24)
          hours[hour] = (hours[hour] ?? 0) + row.crossed + row.refused + row.held;
      }
      const forecast = forecastArrivals({ days, nowHour }, q.hours);
      const booths = (arrivals: number) =>
        boothsNeeded(arrivals, q.serviceMinutes, q.targetWaitMinutes, q.targetShare)?.booths ?? null;
      return {
        checkpoint: { code: checkpoint.code, name: checkpoint.name, timeZone: checkpoint.timeZone },
        direction: q.direction,
        asOf: now.toISOString(),
        basisDays: forecast.basisDays,
        dayError: forecast.dayError,
        dayErrorMeasured: forecast.dayErrorMeasured,
        level: forecast.level,
        serviceMinutes: q.serviceMinutes,
        targetWaitMinutes: q.targetWaitMinutes,
        targetShare: q.targetShare,
        hours: forecast.hours.map((h) => {
          const expected = booths(h.mean);
          const high = booths(Math.max(h.high, h.mean));
          return {
            ...h,
            booths: expected,
            boothsHigh: high === null || expected === null ? null : Math.max(high, expected),
          };
        }),
        total: forecast.total,
      };
    },
  );
};
