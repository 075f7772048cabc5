// The checkpoint's calendar: the local date and hour of an instant in an IANA time zone (counting
// rule 4). With Chile's change of summer time an hour can occur twice (both count in it) or not at all.
export interface LocalHour {
  /** YYYY-MM-DD */
  readonly date: string;
  /** 0–23 */
  readonly hour: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows a time zone by this name. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

// Every time zone's offset is a whole number of quarter hours and changes only on a quarter hour, so
// all instants of one UTC quarter hour share a local date and hour: remember them per zone.
const QUARTER_MS = 15 * 60_000;
const remembered = new Map<string, Map<number, LocalHour>>();
const MAX_REMEMBERED = 100_000;

export function localHour(instant: string | Date, timeZone: string): LocalHour {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return computeLocalHour(new Date(Number.NaN), timeZone);
  const quarter = Math.floor(ms / QUARTER_MS);
  let byQuarter = remembered.get(timeZone);
  if (byQuarter === undefined) {
    byQuarter = new Map();
    remembered.set(timeZone, byQuarter);
  }
  let found = byQuarter.get(quarter);
  if (found === undefined) {
    found = computeLocalHour(new Date(quarter * QUARTER_MS), timeZone);
    if (byQuarter.size >= MAX_REMEMBERED) byQuarter.clear();
    byQuarter.set(quarter, found);
  }
  return found;
}

function computeLocalHour(instant: Date, timeZone: string): LocalHour {
  const parts = formatterFor(timeZone).formatToParts(instant);
  let year = '';
  let month = '';
  let day = '';
  let hour = 0;
  for (const p of parts) {
    if (p.type === 'year') year = p.value;
    else if (p.type === 'month') month = p.value;
    else if (p.type === 'day') day = p.value;
    else if (p.type === 'hour') hour = Number(p.value) % 24;
  }
  return { date: `${year}-${month}-${day}`, hour };
}
