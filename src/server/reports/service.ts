// The reports service: the situation report and the partners' export, made from the maintained
// figures. The API and `paso report` both call these, so both make the same files.
import { latestDayAt, todayAt } from '../../domain/crossings';
import type {
  CsvDialect,
  DecreeLine,
  ExportFormat,
  IncidentLine,
  ProtectedDate,
  ReportLang,
  SitrepData,
} from '../../domain/reports';
import {
  exportRangeFault,
  exportRows,
  exportTable,
  MAX_EXPORT_DAYS,
  sitrepFigures,
} from '../../domain/reports';
import { addDays, err, ok, type Result, startOfLocalDay } from '../../domain/shared';
import { readDateCounts } from '../../store/dashboard';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import { csvFile } from './csv-file';
import { protectDates } from './protection-thread';
import { sitrepPdfInWorker } from './sitrep-pdf';

/** How many days of an export are protected in one request to the protection thread. */
const EXPORT_DAYS_AT_ONCE = 7;

/** What the report is about: a local date and one checkpoint's code, or null for all of them. */
export interface SitrepScope {
  readonly date: string;
  readonly checkpoint: string | null;
}

/**
 * Where the report finds the decree in force and the open incidents. Either may be absent (this
 * installation has no such register): the report then says "not available", never "none".
 */
export interface SitrepProviders {
  readonly decreeInForce?: (scope: SitrepScope) => Promise<DecreeLine | null>;
  readonly openIncidents?: (scope: SitrepScope) => Promise<readonly IncidentLine[]>;
}

export type ReportFault =
  | { readonly code: 'report.unknown-checkpoint'; readonly checkpoint: string }
  | { readonly code: 'report.range'; readonly detail: string };

async function checkpointsIn(db: Executor, code: string | null) {
  const listed = await listCheckpoints(db);
  const all = listed.map((c) => ({ code: c.code, name: c.name }));
  const zones = listed.filter((c) => code === null || c.code === code).map((c) => c.timeZone);
  if (code === null) return ok({ all, one: null, zones });
  const one = all.find((c) => c.code === code);
  if (one === undefined) return err({ code: 'report.unknown-checkpoint' as const, checkpoint: code });
  return ok({ all, one, zones });
}

/** Where the local date stood at `now` at the checkpoints covered (counting rule 4: their days). */
function dayAt(date: string, zones: readonly string[], now: Date): SitrepData['day'] {
  const t = now.getTime();
  if (zones.every((z) => t >= startOfLocalDay(addDays(date, 1), z))) return 'over';
  return zones.some((z) => t >= startOfLocalDay(date, z)) ? 'under-way' : 'to-come';
}

/** Everything the situation report of one date shows, suppressed, with what the providers give. */
export async function loadSitrepData(
  db: Executor,
  scope: SitrepScope,
  now: Date,
  providers: SitrepProviders = {},
): Promise<Result<SitrepData, ReportFault>> {
  const places = await checkpointsIn(db, scope.checkpoint);
  if (!places.ok) return places;
  // The report's date and the six before it, each as its one protection publishes it.
  const days = await protectDates(await readDateCounts(db, addDays(scope.date, -6), scope.date));
  const day = days.pop();
  if (day === undefined) throw new Error('a report has a date');
  const { decreeInForce, openIncidents } = providers;
  return ok({
    date: scope.date,
    generatedAt: now.toISOString(),
    day: dayAt(scope.date, places.value.zones, now),
    checkpoint: places.value.one,
    checkpoints: places.value.all,
    decreeAvailable: decreeInForce !== undefined,
    decree: decreeInForce ? await decreeInForce(scope) : null,
    incidentsAvailable: openIncidents !== undefined,
    incidents: openIncidents ? await openIncidents(scope) : [],
    figures: sitrepFigures(day, days, scope.checkpoint),
  });
}

/** The situation report of one date as a PDF file. */
export async function makeSitrep(
  db: Executor,
  scope: SitrepScope & { readonly lang: ReportLang },
  now: Date,
  providers: SitrepProviders = {},
): Promise<Result<Buffer, ReportFault>> {
  const data = await loadSitrepData(db, scope, now, providers);
  if (!data.ok) return data;
  return ok((await sitrepPdfInWorker(data.value, scope.lang)).pdf);
}

export interface ExportQuery {
  /** Local dates, both included. */
  readonly from: string;
  readonly to: string;
  readonly format: ExportFormat;
  /** How the CSV is laid out: RFC 4180 for programs, or for Excel (docs/reports.md). */
  readonly dialect: CsvDialect;
  /** The language of the header and of the values in words, for people; none: for programs. */
  readonly lang?: ReportLang | undefined;
  readonly checkpoint: string | null;
}

/** An export: its text, how many rows it has, and the day not yet over it takes in, if any. */
export interface ExportFile {
  readonly text: string;
  readonly rows: number;
  /**
   * The first day of the range not yet over at every checkpoint covered (today there, the earliest of
   * their dates, or a later day begun at some), null where every day of the range is over.
   */
  readonly dayUnderWay: string | null;
}

/** The partners' export of a range of dates, as CSV or HXL text. */
export async function makeExport(
  db: Executor,
  q: ExportQuery,
  now: Date,
): Promise<Result<ExportFile, ReportFault>> {
  const fault = exportRangeFault(q.from, q.to);
  if (fault === 'backwards')
    return err({ code: 'report.range', detail: 'the first date comes after the last' });
  if (fault === 'too-long') {
    return err({ code: 'report.range', detail: `an export covers at most ${MAX_EXPORT_DAYS} days` });
  }
  const places = await checkpointsIn(db, q.checkpoint);
  if (!places.ok) return places;
  // A range begun on no day yet would read as days nobody crossed, and a CSV file has no place to say
  // otherwise; the reports page refuses it too, on the same clocks.
  const latest = latestDayAt(places.value.zones, now);
  if (q.from > latest) {
    return err({
      code: 'report.range',
      detail: `${q.from} has not begun at any checkpoint covered (the latest day begun is ${latest})`,
    });
  }
  // A week at a time: protecting a busy day takes up to seconds, in the protection thread, and a
  // dashboard's request is answered between two weeks of a year's export rather than after all of it.
  const dates: ProtectedDate[] = [];
  for (let date = q.from; date <= q.to; date = addDays(date, EXPORT_DAYS_AT_ONCE)) {
    const last = [addDays(date, EXPORT_DAYS_AT_ONCE - 1), q.to].sort()[0] ?? q.to;
    dates.push(...(await protectDates(await readDateCounts(db, date, last))));
  }
  const rows = exportRows(dates, new Map(places.value.all.map((c) => [c.code, c.name])), q.checkpoint);
  const today = todayAt(places.value.zones, now);
  return ok({
    text: csvFile(exportTable(rows, q.format, q.lang), q.dialect),
    rows: rows.length,
    // Today, or the range's first day where it begins later (a day begun at one checkpoint only).
    dayUnderWay: q.to < today ? null : ([q.from, today].sort()[1] ?? today),
  });
}
