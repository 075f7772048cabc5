// What the offline booth needs besides the event batch: a supervisor imports the file a device's
// outbox was exported to (when the device will not be online again), through the same validation and
// apply as POST /api/events, so an import is idempotent; and the supervisor lists corrections made on
// two devices without seeing each other (docs/offline.md, "Two devices, one event").
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { EventOutcome } from '../../api/events';
import { ConflictsQuery, ConflictsReply, ImportReply, OutboxFileSchema } from '../../api/offline';
import { can } from '../../domain/access';
import { crossingPersonOf } from '../../domain/crossings';
import { findUserByUsername } from '../../store/accounts';
import { correctionConflicts } from '../../store/crossings';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { type RecordContext, recordEvents } from './service';

const route = routesTagged('crossings');

// An imported file may hold a long outage's outbox: 20,000 crossings of about 1 kB each, with room.
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
// Applied a thousand at a time, as POST /api/events takes them, so no one transaction grows unbounded.
const IMPORT_CHUNK = 1000;
const CONFLICT_LIMIT = 200;

export function registerOfflineRoutes(app: FastifyInstance, ctx: ServerContext, recording: RecordContext) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const { kysely } = ctx.db;

  // Who exported the outbox: the officer whose device made its records, who must be able to record.
  const makerOf = async (username: string) => {
    const user = await findUserByUsername(kysely, username);
    if (user === undefined || !can(user.role, 'crossings.record')) {
      const message = `${username} is no user who records crossings: the events would be recorded for nobody who made them`;
      throw new Problem('validation', `body.exportedBy: ${message}`, {
        errors: [{ path: 'body.exportedBy', message }],
      });
    }
    return user;
  };

  typed.post(
    '/api/events/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      ...route('crossings.supervise', {
        description:
          'Imports the file a booth exported its outbox to: the events are applied as by POST /api/events, ' +
          'each id once, so importing a file twice, or after the device synced part of it, changes nothing. ' +
          'An event refused (a decision on a held crossing without its note: correction.note-required) is ' +
          'answered in its outcome and counted in refused; the others are applied.',
        body: OutboxFileSchema,
        response: { 200: ImportReply },
      }),
    },
    async (request) => {
      const { events, exportedBy } = request.body;
      const actor = actorOf(request);
      const maker = exportedBy === undefined ? actor.user : await makerOf(exportedBy);
      const outcomes: EventOutcome[] = [];
      for (let start = 0; start < events.length; start += IMPORT_CHUNK) {
        const part = events.slice(start, start + IMPORT_CHUNK);
        const answered = await recordEvents(recording, request, actor, part, 'events.import', maker);
        for (const o of answered) outcomes.push({ ...o, index: o.index + start });
      }
      const count = (status: EventOutcome['status']) => outcomes.filter((o) => o.status === status).length;
      return {
        applied: count('applied'),
        duplicates: count('duplicate'),
        refused: count('problem'),
        outcomes,
      };
    },
  );

  typed.get(
    '/api/corrections/conflicts',
    route('crossings.supervise', {
      description:
        "Events of a checkpoint with corrections in conflict: two corrections made without seeing each other (each says the latest correction its device had seen) that set a field differently, or where one voids the event. Both are kept and count by the counting rules' order; this lists them for review.",
      querystring: ConflictsQuery,
      response: { 200: ConflictsReply },
    }),
    async (request) => {
      const checkpoint = await namedCheckpoint(kysely, request, request.query.checkpoint, true);
      const records = await correctionConflicts(kysely, checkpoint.id, CONFLICT_LIMIT);
      // A correction may set a person's name: the read is audited as part of the checkpoint's view.
      await recordAudit(kysely, request, ctx.now(), {
        action: 'crossings.overview',
        detail: { checkpoint: checkpoint.code, view: 'correction-conflicts', events: records.length },
      });
      return {
        conflicts: records.map((r) => {
          const disputed = new Set(r.pairs.flatMap((p) => p.fields));
          return {
            ...r,
            corrections: [...r.corrections],
            pairs: r.pairs.map((p) => ({ ...p, fields: [...p.fields] })),
            current: Object.fromEntries(Object.entries(r.current).filter(([k]) => disputed.has(k))),
            person: r.eventKind === 'crossing' ? crossingPersonOf(r.current) : null,
          };
        }),
      };
    },
  );
}
