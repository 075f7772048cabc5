// GET /api/forecast: the arrivals expected at a checkpoint in the hours ahead, with intervals, and the
// booths they need, from the maintained hourly figures of the last two weeks. Aggregates only.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ForecastQuery, ForecastReply } from '../../api/forecast';
import { localHour } from '../../domain/crossings';
import { boothsForLine, boothsNeeded, forecastArrivals, lineWith } from '../../domain/forecast';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';
import { arrivalDays } from './history';
import { lineNow, minutesLeftInHour } from './line-now';
import { shelterBedsRoutes } from './shelter-beds';

const route = routesTagged('situation');

export const forecastRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  app.get(
    '/api/forecast',
    route('situation.read', {
      description:
        'Arrivals expected at a checkpoint in each hour ahead (registered and tallied, whatever the ' +
        'decision), with an 80 % interval, and the booths an Erlang C queue needs to keep the wait ' +
        'to the target, from the hourly figures of the last 14 days; and the line carried from hour to ' +
        'hour, from the people waiting now, with the booths open and with the booths it needs ' +
        '(docs/forecast.md).',
      querystring: ForecastQuery,
      response: { 200: ForecastReply },
    }),
    async (request) => {
      const q = request.query;
      const checkpoint = await namedCheckpoint(kysely, request, q.checkpoint, false);
      const now = ctx.now();
      const { date: today, hour: nowHour } = localHour(now, checkpoint.timeZone);
      const days = await arrivalDays(kysely, checkpoint.code, q.direction, today);
      const forecast = forecastArrivals({ days, nowHour }, q.hours);
      const booths = (arrivals: number) =>
        boothsNeeded(arrivals, q.serviceMinutes, q.targetWaitMinutes, q.targetShare)?.booths ?? null;
      const start = await lineNow(kysely, checkpoint, q, now);
      // The hour in progress counts from now: its arrivals and its booths' work for the minutes left.
      const left = minutesLeftInHour(now, checkpoint.timeZone);
      const line = {
        waitingNow: start.waitingNow,
        serviceMinutes: q.serviceMinutes,
        stretches: forecast.hours.map((h, i) => {
          const minutes = i === 0 ? left : 60;
          return { arrivals: (h.mean * minutes) / 60, minutes };
        }),
      };
      const course = lineWith(line, start.boothsOpen);
      const withLine = boothsForLine(line, q.targetWaitMinutes, (_, i) => {
        const h = forecast.hours[i];
        return h === undefined ? 0 : booths(h.mean);
      });
      const clearsAt =
        course.clearsAfterMinutes === null
          ? null
          : new Date(now.getTime() + Math.round(course.clearsAfterMinutes * 60_000)).toISOString();
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
        hours: forecast.hours.map((h, i) => {
          const expected = booths(h.mean);
          const high = booths(Math.max(h.high, h.mean));
          const step = course.steps[i];
          return {
            ...h,
            booths: expected,
            boothsHigh: high === null || expected === null ? null : Math.max(high, expected),
            waitingAtEnd: step?.waitingAtEnd ?? 0,
            waitAtEndMinutes: step?.waitAtEndMinutes ?? null,
            boothsWithLine: withLine[i] ?? null,
          };
        }),
        line: { ...start, clearsAt },
        total: forecast.total,
      };
    },
  );
  await app.register(shelterBedsRoutes, ctx);
};
