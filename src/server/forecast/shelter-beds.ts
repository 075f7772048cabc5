// GET /api/forecast/shelter-beds: the beds the arrivals ahead need, night by night, at the checkpoint's
// shelters, against their beds and the people staying now. For those who read the shelters' occupancy
// (care.read): humanitarian partners plan shelters with it. It reads arrivals whatever the decision and
// never by decision, so no refusal or hold can be worked back from it (docs/forecast.md).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ShelterBedsQuery, ShelterBedsReply } from '../../api/forecast';
import { NIGHT_CUTOFF_HOUR } from '../../domain/care';
import { localHour } from '../../domain/crossings';
import {
  arrivalsByNight,
  bedsNeeded,
  childShareOf,
  forecastArrivals,
  nightsAhead,
  SHELTER_REACH_KM,
  sheltersNear,
} from '../../domain/forecast';
import { listCareShelters } from '../../store/care';
import { listCheckpoints } from '../../store/reference';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';
import { arrivalDays, childrenArrived } from './history';
import { minutesLeftInHour } from './line-now';

const route = routesTagged('situation');
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

export const shelterBedsRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  app.get(
    '/api/forecast/shelter-beds',
    route('care.read', {
      description:
        "The shelter beds needed each night ahead at a checkpoint's shelters (within " +
        `${SHELTER_REACH_KM} km of it and nearer to it than to any other checkpoint), against their ` +
        'beds and the people staying now: those staying now, fewer each morning, and a share of each ' +
        "night's forecast arrivals (adults and children apart), who stay some nights on average; with " +
        "the arrivals' 80 % interval (docs/forecast.md).",
      querystring: ShelterBedsQuery,
      response: { 200: ShelterBedsReply },
    }),
    async (request) => {
      const q = request.query;
      const checkpoint = await namedCheckpoint(kysely, request, q.checkpoint, false);
      const now = ctx.now();
      const { date: today, hour: nowHour } = localHour(now, checkpoint.timeZone);
      const ahead = nightsAhead(today, nowHour, q.nights);
      const days = await arrivalDays(kysely, checkpoint.code, q.direction, today);
      const forecast = forecastArrivals({ days, nowHour }, ahead.hours);
      const left = minutesLeftInHour(now, checkpoint.timeZone);
      const nights = arrivalsByNight(forecast, left / 60, ahead.dates);
      const { children, others } = await childrenArrived(kysely, checkpoint.code, q.direction, today);
      const childShare = childShareOf(children, others);
      const shelters = sheltersNear(
        checkpoint.code,
        await listCheckpoints(kysely),
        await listCareShelters(kysely),
      );
      const beds = shelters.map((s) => ({
        id: s.id,
        name: s.name,
        capacity: sum(Object.values(s.beds)),
        occupied: sum(Object.values(s.occupied)),
      }));
      const capacity = sum(beds.map((b) => b.capacity));
      const occupiedNow = sum(beds.map((b) => b.occupied));
      const assumptions = {
        shareStaying: q.shareStaying,
        shareStayingChildren: q.shareStayingChildren,
        stayNights: q.stayNights,
      };
      return {
        checkpoint: { code: checkpoint.code, name: checkpoint.name, timeZone: checkpoint.timeZone },
        direction: q.direction,
        asOf: now.toISOString(),
        basisDays: forecast.basisDays,
        level: forecast.level,
        cutoffHour: NIGHT_CUTOFF_HOUR,
        ...assumptions,
        childShare,
        shelters: beds,
        capacity,
        occupiedNow,
        nights: bedsNeeded({ nights, occupiedNow, capacity, childShare, assumptions }),
      };
    },
  );
};
