// What the situation routes answer: observations and incidents as their reader may see them, and the
// domain's issues as one validation problem.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { IncidentDetailSchema, IncidentSchema, ObservationSchema } from '../../api/situation';
import { can } from '../../domain/access';
import { describeIssue, type SituationIssue } from '../../domain/situation';
import type { IncidentRecord, IncidentWithLog, ObservationRecord } from '../../store/situation';
import { actorOf } from '../auth/access';
import { Problem } from '../problems';

export function issuesProblem(issues: readonly SituationIssue[]): Problem {
  const errors = issues.map((i) => ({ path: `body.${i.field}`, message: describeIssue(i), code: i.code }));
  return new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

const place = (p: { readonly code: string; readonly name: string; readonly timeZone: string }) => ({
  code: p.code,
  name: p.name,
  timeZone: p.timeZone,
});
const person = (p: { readonly displayName: string } | null) =>
  p === null ? null : { displayName: p.displayName };

/** The views' `recorders` (below) for the reader of this request. */
export const seesRecorders = (request: FastifyRequest): boolean =>
  can(actorOf(request).user.role, 'situation.recorders');

// `recorders`: whether the reader may see which account recorded or reported (capability
// 'situation.recorders'); for the others the key is left out, not sent empty. An observation's note
// goes with its recorder: it is the officer's own words ("retuvimos a 2 venezolanos con alerta"), and
// partners and analysts need the figures, not enforcement notes.
export function observationView(o: ObservationRecord, recorders: boolean): z.infer<typeof ObservationSchema> {
  return {
    id: o.id,
    checkpoint: place(o.checkpoint),
    side: o.side,
    observedAt: o.observedAt,
    recordedAt: o.recordedAt,
    ...(recorders ? { observer: person(o.observer) } : {}),
    values: { ...o.values },
    ...(recorders ? { note: o.note } : {}),
  };
}

/**
 * An incident's description or a log entry's note as its reader may see it. Roles that see who wrote
 * it (officers, supervisors, administrators) read every text; partners and analysts only the texts
 * their writers shared with partners, as they read no officer's note on the queues either: a text not
 * shared is left out here, on the server, and said to be withheld. Analysts are no enforcement, but
 * what they take away leaves Paso in reports: what partners may not read, they do not either.
 */
function textFor(text: string | null, shared: boolean, recorders: boolean) {
  const readable = recorders || (shared && text !== null);
  return {
    text: readable ? text : null,
    shared: shared && text !== null,
    withheld: !readable && text !== null,
  };
}

export function incidentView(i: IncidentRecord, recorders: boolean): z.infer<typeof IncidentSchema> {
  const description = textFor(i.description, i.descriptionShared, recorders);
  return {
    id: i.id,
    kind: i.kind,
    title: i.title,
    description: description.text,
    descriptionShared: description.shared,
    descriptionWithheld: description.withheld,
    latitude: i.latitude,
    longitude: i.longitude,
    checkpoint: i.checkpoint === null ? null : place(i.checkpoint),
    severity: i.severity,
    status: i.status,
    occurredAt: i.occurredAt,
    reportedAt: i.reportedAt,
    ...(recorders ? { reporter: person(i.reporter) } : {}),
    updatedAt: i.updatedAt,
    closedAt: i.closedAt,
  };
}

export function incidentDetailView(
  i: IncidentWithLog,
  recorders: boolean,
): z.infer<typeof IncidentDetailSchema> {
  return {
    ...incidentView(i, recorders),
    updates: i.updates.map((u) => {
      const note = textFor(u.note, u.noteShared, recorders);
      return {
        id: u.id,
        at: u.at,
        ...(recorders ? { by: person(u.by) } : {}),
        note: note.text,
        noteShared: note.shared,
        noteWithheld: note.withheld,
        status: u.status,
        severity: u.severity,
      };
    }),
  };
}
