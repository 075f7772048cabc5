// GET /api/dashboard: every figure the dashboard shows for a day and the days before it, read from the
// maintained rollups. Aggregates only (no names, no screening), so every role of situation.read sees it;
// a role without exact figures (humanitarian partners) gets them as published, never the rows.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DashboardQuery, DashboardReply, noDashboardRows } from '../../api/dashboard';
import { can } from '../../domain/access';
import { latestDayAt, todayAt } from '../../domain/crossings';
import { dashboardRowsOf, publishDashboard } from '../../domain/reports';
import { loadPlaces } from '../../store/crossings';
import { firstDay, readDashboard, readEmergencies, readPeople } from '../../store/dashboard';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { serverProtections } from './protected-days';

const route = routesTagged('situation');

export const dashboardRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  const protections = serverProtections(ctx);
  app.get(
    '/api/dashboard',
    route('situation.read', {
      description:
        "The dashboard's figures for one local date (today by default): crossings per hour, decisions, " +
        'nationalities, age and sex, vulnerabilities, distinct people, the days before it, and the ' +
        'crossings since each emergency in force was declared. Humanitarian partners get every figure shown as ' +
        'published (`published`: 1 to 4 people `small`, others `withheld` so that none can be worked out) and no rows.',
      querystring: DashboardQuery,
      response: { 200: DashboardReply },
    }),
    async (request) => {
      const q = request.query;
      const now = ctx.now();
      const zones = await zonesOf(kysely, q.checkpoint);
      if (q.date !== undefined && q.date > latestDayAt(zones, now)) refuseDate(q.date, q.checkpoint);
      const date = q.date ?? todayAt(zones, now);
      // Today's emergencies are those in force now; a past date's, those in force at its midday.
      const at = q.date === undefined ? now.toISOString() : `${date}T12:00:00.000Z`;
      const emergencies = await readEmergencies(kysely, { date, checkpoint: q.checkpoint, at });
      const framing = { checkpoint: q.checkpoint ?? null, asOf: now.toISOString() };
      if (can(actorOf(request).user.role, 'figures.exact')) {
        const figures = await readDashboard(kysely, { date, days: q.days, checkpoint: q.checkpoint });
        return { ...figures, emergencies, ...framing };
      }
      // Partners: every figure of the shown date and the days before as the date's one protection
      // publishes it, over the situation report and the export too, and no rows.
      const from = firstDay(date, q.days);
      // The totals since an emergency are published from every day since its declaration.
      const first = [from, ...emergencies.map((e) => e.since)].sort()[0] ?? from;
      const all = await protections(kysely, first, date);
      const days = all.filter((d) => d.day.date >= from);
      const people = await readPeople(kysely, { date, days: q.days, checkpoint: q.checkpoint });
      const scope = q.checkpoint ?? null;
      const rows = {
        ...dashboardRowsOf(
          days.map((d) => d.counts),
          date,
          scope,
        ),
        people,
        emergencies,
      };
      const published = new Map(all.map((d) => [d.day.date, d.day]));
      return {
        date,
        from,
        ...noDashboardRows(),
        emergencies: emergencies.map((e) => ({ ...e, totals: [] })),
        ...framing,
        published: publishDashboard(rows, published, scope),
      };
    },
  );
};

// "Today" is the checkpoint's date (counting rule 4). For every checkpoint together it is the earliest
// of their dates: the day not yet over at all of them. Between midnight in Arica (UTC−3 in summer)
// and midnight in Tacna (UTC−5), Tacna's evening is still being counted and stays on the screen.
// The page works out the same day from the checkpoints' zones (todayAt), to know which day is the last.
// An unknown checkpoint is refused as the reports refuse it, not read as one where no one crossed.
async function zonesOf(db: ServerContext['db']['kysely'], code: string | undefined) {
  const places = [...(await loadPlaces(db)).byCode.values()];
  if (code === undefined) return places.map((p) => p.timeZone);
  const chosen = places.find((p) => p.code === code);
  if (chosen === undefined) refuse('querystring.checkpoint', `no checkpoint has the code ${code}`);
  return [chosen.timeZone];
}

// A date not yet begun at the checkpoint (for all of them, at any: the report's "to come") has no
// figures to show; its zeros would read as a quiet day.
function refuseDate(date: string, code: string | undefined): never {
  const where = code === undefined ? 'any checkpoint' : code;
  refuse('querystring.date', `${date} has not begun yet at ${where}`);
}

function refuse(path: string, message: string): never {
  throw new Problem('validation', `${path}: ${message}`, { errors: [{ path, message }] });
}
