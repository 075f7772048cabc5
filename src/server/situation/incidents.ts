// Incidents: supervisors open, update and close them (each change an entry in the incident's log);
// everyone who reads the situation sees them, partners and analysts without the texts their writers
// did not share with partners (./views.ts). Every write is audited in its transaction.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../api/common';
import {
  IncidentDetailSchema,
  IncidentsQuery,
  IncidentsReply,
  IncidentUpdateBody,
  NewIncidentBody,
} from '../../api/situation';
import { checkNewIncident, isSameUpdate, operationExtent, planIncidentUpdate } from '../../domain/situation';
import { listCheckpoints } from '../../store/reference';
import {
  appendIncidentUpdate,
  findIncident,
  type IncidentWithLog,
  incidentOfUpdate,
  insertIncident,
  listIncidents,
  lockIncident,
} from '../../store/situation';
import { writeTransaction } from '../../store/transaction-lock';
import { createdOrResent } from '../answers';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { liveBusOf } from '../live/bus';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { incidentDetailView, incidentView, issuesProblem, seesRecorders } from './views';

const LIST_LIMIT = 500;

const route = routesTagged('situation');

export const incidentRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  // Maps and incident lists ask again once an incident is opened or updated (after the commit).
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && reply.statusCode < 300) liveBusOf(ctx.db).publish('incidents');
  });
  const { kysely } = ctx.db;

  app.get(
    '/api/situation/incidents',
    route('situation.read', {
      description:
        "Incidents: 'open' (not closed, most severe first), 'closed' or 'all'. Humanitarian partners and " +
        'analysts receive a description only when its writer shared it (descriptionShared).',
      querystring: IncidentsQuery,
      response: { 200: IncidentsReply },
    }),
    async (request) => {
      const rows = await listIncidents(kysely, { filter: request.query.status, limit: LIST_LIMIT });
      const recorders = seesRecorders(request);
      return { incidents: rows.map((i) => incidentView(i, recorders)) };
    },
  );

  app.get(
    '/api/situation/incidents/:id',
    route('situation.read', {
      description:
        'An incident with its log of updates, oldest first. Humanitarian partners and analysts receive ' +
        'only the description and notes their writers shared with partners; any other is null and marked ' +
        'withheld (descriptionWithheld, noteWithheld).',
      params: IdParams,
      response: { 200: IncidentDetailSchema },
    }),
    async (request) => {
      const incident = await findIncident(kysely, request.params.id);
      if (!incident) throw new Problem('request.not-found', 'No such incident.');
      return incidentDetailView(incident, seesRecorders(request));
    },
  );

  app.post(
    '/api/situation/incidents',
    route('incidents.manage', {
      description:
        "Opens an incident at a point inside the operation's extent. 201 when opened, 200 when the same " +
        'incident was already opened with this id (it is answered as it stands); another incident under ' +
        'a used id is refused (incident.conflict).',
      body: NewIncidentBody,
      response: createdOrResent(IncidentDetailSchema),
    }),
    async (request, reply) => {
      const { user } = actorOf(request);
      const body = request.body;
      const now = ctx.now();
      return writeTransaction(kysely, async (tx) => {
        const extent = operationExtent(await listCheckpoints(tx));
        const checked = checkNewIncident(
          {
            kind: body.kind,
            severity: body.severity,
            latitude: body.latitude,
            longitude: body.longitude,
            occurredAt: body.occurredAt ?? now.toISOString(),
          },
          extent,
          now,
        );
        if (!checked.ok) throw issuesProblem(checked.error);
        const checkpoint =
          body.checkpoint === undefined ? null : await namedCheckpoint(tx, request, body.checkpoint, false);
        const description = body.description ?? null;
        // Shared with partners only when the reporter said so, and only with a text to share.
        const descriptionShared = description !== null && body.descriptionShared === true;
        const opened = await insertIncident(tx, {
          ...checked.value,
          id: body.id,
          openingId: ctx.newId(),
          title: body.title,
          description,
          descriptionShared,
          checkpointId: checkpoint?.id ?? null,
          reportedBy: user.id,
          reportedAt: now.toISOString(),
        });
        if (opened) {
          await recordAudit(tx, request, now, {
            action: 'incident.open',
            entityType: 'incident',
            entityId: body.id,
            detail: {
              ...checked.value,
              title: body.title,
              checkpoint: checkpoint?.code ?? null,
              descriptionShared,
            },
          });
        }
        const incident = await findIncident(tx, body.id);
        if (!incident) throw new Error(`incident ${body.id} was neither opened nor found`);
        const sent = { ...checked.value, title: body.title, description, descriptionShared };
        if (
          !opened &&
          !isSameOpening(incident, sent, checkpoint?.id ?? null, body.occurredAt !== undefined)
        ) {
          throw new Problem('incident.conflict', `The id ${body.id} is another incident's.`);
        }
        reply.code(opened ? 201 : 200);
        return incidentDetailView(incident, seesRecorders(request));
      });
    },
  );

  app.post(
    '/api/situation/incidents/:id/updates',
    route('incidents.manage', {
      description:
        'Adds a note, changes the status (open, monitoring, closed) or the severity, or several at once. ' +
        'A closed incident takes only a reopening. Answers the incident with its log. The same entry ' +
        'sent again under its id is answered as the incident stands; another under a used id is refused ' +
        '(incident.conflict).',
      params: IdParams,
      body: IncidentUpdateBody,
      response: { 200: IncidentDetailSchema },
    }),
    async (request) => {
      const { user } = actorOf(request);
      const { id } = request.params;
      const body = request.body;
      const now = ctx.now();
      return writeTransaction(kysely, async (tx) => {
        const current = (await lockIncident(tx, id)) ? await findIncident(tx, id) : null;
        if (!current) throw new Problem('request.not-found', 'No such incident.');
        // A resent update (same entry id, same content) is answered with the incident as it stands;
        // an entry id of this log or another's with other content is refused, not silently dropped.
        if (body.id !== undefined && (await incidentOfUpdate(tx, body.id)) !== null) {
          const index = current.updates.findIndex((u) => u.id === body.id);
          if (!isSameUpdate(current.updates, index, body)) throw updateConflict(body.id);
          return incidentDetailView(current, seesRecorders(request));
        }
        const change = planIncidentUpdate(current, body);
        if (!change.ok) throw issuesProblem(change.error);
        const entryId = body.id ?? ctx.newId();
        const entry = { id: entryId, at: now.toISOString(), by: user.id };
        // Another incident's update may have taken the id since the check (PostgreSQL, two servers).
        if (!(await appendIncidentUpdate(tx, id, change.value, entry))) throw updateConflict(entryId);
        await recordAudit(tx, request, now, {
          action: change.value.status?.to === 'closed' ? 'incident.close' : 'incident.update',
          entityType: 'incident',
          entityId: id,
          detail: { update: entryId, ...change.value },
        });
        const updated = await findIncident(tx, id);
        if (!updated) throw new Error(`incident ${id} vanished in its own transaction`);
        return incidentDetailView(updated, seesRecorders(request));
      });
    },
  );
};

const updateConflict = (id: string) =>
  new Problem('incident.conflict', `The update id ${id} was already used for another entry.`);

/**
 * Whether an incident sent again under a used id is the one opened with it: as it was opened (its
 * severity then, not now). Without `occurredAt` the server took its own clock, so a resend without
 * it cannot be told apart by the time.
 */
function isSameOpening(
  incident: IncidentWithLog,
  sent: {
    readonly kind: string;
    readonly severity: string;
    readonly title: string;
    readonly description: string | null;
    readonly descriptionShared: boolean;
    readonly latitude: number;
    readonly longitude: number;
    readonly occurredAt: string;
  },
  checkpointId: string | null,
  timed: boolean,
): boolean {
  return (
    incident.kind === sent.kind &&
    incident.updates[0]?.severity?.to === sent.severity &&
    incident.title === sent.title &&
    incident.description === sent.description &&
    incident.descriptionShared === sent.descriptionShared &&
    incident.latitude === sent.latitude &&
    incident.longitude === sent.longitude &&
    (incident.checkpoint?.id ?? null) === checkpointId &&
    (!timed || Date.parse(incident.occurredAt) === Date.parse(sent.occurredAt))
  );
}
