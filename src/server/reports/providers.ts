// The registers the situation report reads besides the figures: the decree in force (from the decree
// register) and the incidents open during the report's date (from the situation area).
import { type IncidentLine, sinceDeclared } from '../../domain/reports';
import { addDays, startOfLocalDay } from '../../domain/shared';
import { readDateCounts, readEmergencies } from '../../store/dashboard';
import { findDecree } from '../../store/decrees';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import { listIncidentsDuring } from '../../store/situation';
import type { ProtectedDays } from '../dashboard/protected-days';
import { protectDates } from './protection-thread';
import type { SitrepProviders, SitrepScope } from './service';

const DAY_MS = 86_400_000;

// Decrees run by whole local days: noon UTC lies inside the report's date for every UTC offset
// between −11 and +11 hours, which covers every checkpoint of the Americas.
const middayOf = (date: string) => `${date}T12:00:00.000Z`;

async function decreeLine(db: Executor, scope: SitrepScope, kept: ProtectedDays | undefined) {
  // The earliest emergency in force on the date at the checkpoint (or at any), with its crossings since.
  const [emergency] = await readEmergencies(db, {
    date: scope.date,
    checkpoint: scope.checkpoint ?? undefined,
    at: middayOf(scope.date),
  });
  if (emergency === undefined) return null;
  const decree = await findDecree(db, emergency.decree.id);
  if (decree === undefined) return null;
  return {
    title: `${decree.number} — ${decree.title}`,
    inForceFrom: decree.startsOn,
    inForceTo: decree.endsOn,
    measures: decree.measures,
    sinceDeclared: sinceDeclared(
      emergency.declaration.number,
      emergency.since,
      emergency.checkpoints,
      emergency.totals,
      await daysSince(db, emergency.since, scope.date, kept),
      scope.date,
    ),
  };
}

// The totals since a declaration are published from the protections of the days they add up
// (since-declared.ts in src/domain/reports): each day since, as its report and dashboard publish it.
// A server keeps those days protected between reports (`kept`), as the dashboard does: a long
// emergency's report would otherwise protect two months of days again each time on the serving thread.
async function daysSince(db: Executor, since: string, date: string, kept: ProtectedDays | undefined) {
  const from = since < date ? since : date;
  if (kept !== undefined) return new Map((await kept(db, from, date)).map((d) => [d.counts.date, d.day]));
  return new Map((await protectDates(await readDateCounts(db, from, date))).map((d) => [d.date, d]));
}

/**
 * Whether an incident was under way at some moment of a local day in one of the zones: it began
 * (occurredAt, not when it was typed in) before the day's end and was not closed before its start.
 */
function openDuring(
  incident: { readonly occurredAt: string; readonly closedAt: string | null },
  date: string,
  zones: readonly string[],
): boolean {
  const began = Date.parse(incident.occurredAt);
  const closed = incident.closedAt === null ? Number.POSITIVE_INFINITY : Date.parse(incident.closedAt);
  return zones.some(
    (zone) => began < startOfLocalDay(addDays(date, 1), zone) && closed > startOfLocalDay(date, zone),
  );
}

async function incidentLines(db: Executor, scope: SitrepScope): Promise<IncidentLine[]> {
  // A day's incidents: begun before its end and not closed before its start, the day being the
  // incident's checkpoint's local day (counting rule 4), or, for an incident at no checkpoint, that
  // of any checkpoint the report covers. The query reaches half a day further each side.
  const start = Date.parse(`${scope.date}T00:00:00Z`);
  const incidents = await listIncidentsDuring(db, {
    from: new Date(start - DAY_MS / 2).toISOString(),
    to: new Date(start + DAY_MS + DAY_MS / 2).toISOString(),
    limit: 200,
  });
  const zones = (await listCheckpoints(db))
    .filter((c) => scope.checkpoint === null || c.code === scope.checkpoint)
    .map((c) => c.timeZone);
  return incidents
    .filter(
      (i) => scope.checkpoint === null || i.checkpoint === null || i.checkpoint.code === scope.checkpoint,
    )
    .filter((i) => openDuring(i, scope.date, i.checkpoint === null ? zones : [i.checkpoint.timeZone]))
    .map((i) => ({
      kind: i.kind,
      severity: i.severity,
      occurredAt: i.occurredAt,
      checkpoint: i.checkpoint?.code ?? null,
      timeZone: i.checkpoint?.timeZone ?? null,
      summary: i.title,
    }));
}

/** The report's registers; `kept`, a server's days kept protected between reports (none: each anew). */
export function sitrepProviders(db: Executor, kept?: ProtectedDays): SitrepProviders {
  return {
    decreeInForce: (scope) => decreeLine(db, scope, kept),
    openIncidents: (scope) => incidentLines(db, scope),
  };
}
