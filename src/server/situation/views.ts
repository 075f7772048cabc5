// How the situation store's records are answered, and how the situation rules' issues become one
// validation problem (each issue an entry of its errors, with its stable code).
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { IncidentDetailSchema, IncidentSchema, ObservationSchema } from '../../api/situation';
import { isCheckpointScoped } from '../../domain/access';
import { describeIssue, type SituationIssue } from '../../domain/situation';
import { type CheckpointRef, findCheckpointByCode } from '../../store/crossings';
import type { Executor } from '../../store/executor';
import type { IncidentRecord, IncidentWithLog, ObservationRecord } from '../../store/situation';
import { actorOf } from '../auth/access';
import { Problem } from '../problems';

export function issuesProblem(issues: readonly SituationIssue[]): Problem {
  const errors = issues.map((i) => ({ path: `body.${i.field}`, message: describeIssue(i), code: i.code }));
  return new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

/** The checkpoint a body names; with `mustWorkThere`, officers only at their own. */
export async function namedCheckpoint(
  db: Executor,
  request: FastifyRequest,
  code: string,
  mustWorkThere: boolean,
): Promise<CheckpointRef> {
  const checkpoint = await findCheckpointByCode(db, code);
  if (!checkpoint) throw new Problem('registration.unknown-place', `No checkpoint has the code ${code}.`);
  const { user } = actorOf(request);
  if (mustWorkThere && isCheckpointScoped(user.role) && !user.checkpointIds.includes(checkpoint.id)) {
    throw new Problem('registration.checkpoint');
  }
  return checkpoint;
}

const place = (p: { readonly code: string; readonly name: string; readonly timeZone: string }) => ({
  code: p.code,
  name: p.name,
  timeZone: p.timeZone,
});
const person = (p: { readonly displayName: string } | null) =>
  p === null ? null : { displayName: p.displayName };

export function observationView(o: ObservationRecord): z.infer<typeof ObservationSchema> {
  return {
    id: o.id,
    checkpoint: place(o.checkpoint),
    side: o.side,
    observedAt: o.observedAt,
    recordedAt: o.recordedAt,
    observer: person(o.observer),
    values: { ...o.values },
    note: o.note,
  };
}

export function incidentView(i: IncidentRecord): z.infer<typeof IncidentSchema> {
  return {
    id: i.id,
    kind: i.kind,
    title: i.title,
    description: i.description,
    latitude: i.latitude,
    longitude: i.longitude,
    checkpoint: i.checkpoint === null ? null : place(i.checkpoint),
    severity: i.severity,
    status: i.status,
    occurredAt: i.occurredAt,
    reportedAt: i.reportedAt,
    reporter: person(i.reporter),
    updatedAt: i.updatedAt,
    closedAt: i.closedAt,
  };
}

export function incidentDetailView(i: IncidentWithLog): z.infer<typeof IncidentDetailSchema> {
  return {
    ...incidentView(i),
    updates: i.updates.map((u) => ({
      id: u.id,
      at: u.at,
      by: person(u.by),
      note: u.note,
      status: u.status,
      severity: u.severity,
    })),
  };
}
