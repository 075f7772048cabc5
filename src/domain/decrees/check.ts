// The register's rules: a decree's own dates and zones make sense, the rights it restricts are ones its
// country's state of emergency may restrict (constitution.ts), an extension follows the decree it
// extends without a gap and moves its end (and keeps doing so when either is amended), and no two
// decrees cover one zone on one day unless one extends the other. Every problem comes with a stable
// code and the path it concerns.
import { addDays, isCalendarDate, isTimeZone, localDate } from '../shared';
import { type EmergencyCountry, emergencyRuleOf } from './constitution';
import { periodOf } from './period';
import type { Decree, DecreeContent } from './types';

export type DecreeProblemCode =
  | 'decree.date'
  | 'decree.time-zone'
  | 'decree.ends-before-start'
  | 'decree.starts-before-issued'
  | 'decree.issued-later'
  | 'decree.published-before-issued'
  | 'decree.no-zone'
  | 'decree.duplicate-zone'
  | 'decree.checkpoint-unknown'
  | 'decree.right-not-restrictable'
  | 'decree.extends-unknown'
  | 'decree.extends-itself'
  | 'decree.extension-gap'
  | 'decree.extension-start'
  | 'decree.extension-end'
  | 'decree.overlap';

export interface DecreeProblem {
  readonly code: DecreeProblemCode;
  /** The field concerned, as in the request body: 'endsOn', 'checkpoints.0', 'areas.1'. */
  readonly path: string;
  /**
   * For decree.overlap: the decree already covering the zone, and the zone. For decree.extension-*
   * on an amended decree: its extension that would no longer follow it.
   */
  readonly other?: { readonly id: string; readonly number: string };
  readonly zone?: string;
  /** For decree.right-not-restrictable: the country whose constitution does not let it be restricted. */
  readonly country?: EmergencyCountry;
}

/** The zone key two decrees are compared on: a checkpoint by code, a named zone by kind and name. */
export function zoneKeys(d: Pick<DecreeContent, 'checkpoints' | 'areas'>): string[] {
  return [
    ...d.checkpoints.map((c) => `checkpoint:${c}`),
    ...d.areas.map((a) => `${a.kind}:${foldName(a.name)}`),
  ];
}

// 'Tacna', ' tacna ' and 'TACNA' are one province; accents too ('Tumbes' / 'Túmbes').
const foldName = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();

/** What a decree is checked against besides itself; each check is left out when its part is. */
export interface DecreeContext {
  /**
   * When it is recorded (ms): it cannot have been issued or published on a later day (where it
   * applies); it may come into force later.
   */
  readonly now?: number;
  /** The codes of the checkpoints there are: a decree naming another would never come into force. */
  readonly checkpoints?: ReadonlySet<string>;
}

/** The decree's own consistency, without looking at the rest of the register: every problem at once. */
export function checkDecree(d: DecreeContent, context: DecreeContext = {}): DecreeProblem[] {
  const { now, checkpoints } = context;
  const problems: DecreeProblem[] = [];
  const add = (code: DecreeProblemCode, path: string) => problems.push({ code, path });
  const dates = ['issuedOn', 'startsOn', 'endsOn'] as const;
  for (const key of dates) if (!isCalendarDate(d[key])) add('decree.date', key);
  if (d.publishedOn !== null && !isCalendarDate(d.publishedOn)) add('decree.date', 'publishedOn');
  if (!isTimeZone(d.timeZone)) add('decree.time-zone', 'timeZone');
  // Two days are compared when both read: a day that does not read hides no other fault.
  const reads = (day: string | null): day is string => day !== null && isCalendarDate(day);
  const { issuedOn, publishedOn, startsOn, endsOn } = d;
  if (reads(startsOn) && reads(endsOn) && endsOn < startsOn) add('decree.ends-before-start', 'endsOn');
  if (reads(issuedOn) && reads(startsOn) && startsOn < issuedOn)
    add('decree.starts-before-issued', 'startsOn');
  if (reads(issuedOn) && reads(publishedOn) && publishedOn < issuedOn)
    add('decree.published-before-issued', 'publishedOn');
  const today = now === undefined || !isTimeZone(d.timeZone) ? undefined : localDate(now, d.timeZone);
  if (today !== undefined && reads(issuedOn) && issuedOn > today) add('decree.issued-later', 'issuedOn');
  if (today !== undefined && reads(publishedOn) && publishedOn > today)
    add('decree.issued-later', 'publishedOn');
  if (d.checkpoints.length === 0 && d.areas.length === 0) add('decree.no-zone', 'checkpoints');
  d.checkpoints.forEach((code, i) => {
    if (checkpoints !== undefined && !checkpoints.has(code))
      add('decree.checkpoint-unknown', `checkpoints.${i}`);
  });
  const seen = new Set<string>();
  const keys = zoneKeys(d);
  keys.forEach((key, i) => {
    const path = i < d.checkpoints.length ? `checkpoints.${i}` : `areas.${i - d.checkpoints.length}`;
    if (seen.has(key)) add('decree.duplicate-zone', path);
    seen.add(key);
  });
  // A decree cannot restrict a right its constitution keeps out of a state of emergency (Peru, art.
  // 137.1; Chile, art. 43). Where the register knows no rule of the zone's country, any right is taken.
  const rule = emergencyRuleOf(d.timeZone);
  d.rightsSuspended.forEach((right, i) => {
    if (rule !== null && !rule.rights.includes(right))
      problems.push({
        code: 'decree.right-not-restrictable',
        path: `rightsSuspended.${i}`,
        country: rule.country,
      });
  });
  return problems;
}

/** The decrees a decree extends, nearest first (a prórroga of a prórroga names both). */
export function ancestorsOf(d: Decree, register: readonly Decree[]): Decree[] {
  const byId = new Map(register.map((r) => [r.id, r]));
  const out: Decree[] = [];
  let next = d.extends === null ? undefined : byId.get(d.extends);
  while (next !== undefined && !out.includes(next) && next.id !== d.id) {
    out.push(next);
    next = next.extends === null ? undefined : byId.get(next.extends);
  }
  return out;
}

/** Whether two decrees are one chain of extensions (either extends the other, however far back). */
function sameChain(a: Decree, b: Decree, register: readonly Decree[]): boolean {
  return (
    ancestorsOf(a, register).some((x) => x.id === b.id) || ancestorsOf(b, register).some((x) => x.id === a.id)
  );
}

type ExtensionFault = 'decree.extension-gap' | 'decree.extension-start' | 'decree.extension-end';

/**
 * How an extension fails to follow the decree it extends: a prórroga starts within its decree's days
 * or the day after they end, and ends later. Each fault with the field of the extension concerned and
 * that of its decree (which an amendment of the decree would have to mend).
 */
function extensionFaults(
  extension: DecreeContent,
  base: DecreeContent,
): { code: ExtensionFault; extensionPath: string; basePath: string }[] {
  const faults: { code: ExtensionFault; extensionPath: string; basePath: string }[] = [];
  if (extension.startsOn > addDays(base.endsOn, 1))
    faults.push({ code: 'decree.extension-gap', extensionPath: 'startsOn', basePath: 'endsOn' });
  if (extension.startsOn <= base.startsOn)
    faults.push({ code: 'decree.extension-start', extensionPath: 'startsOn', basePath: 'startsOn' });
  if (extension.endsOn <= base.endsOn)
    faults.push({ code: 'decree.extension-end', extensionPath: 'endsOn', basePath: 'endsOn' });
  return faults;
}

/**
 * The decree against the register it joins (or, amended, stays in): what it extends, the decrees that
 * extend it (an amendment must leave each of them following it), and every other decree that covers
 * one of its zones on one of its days without being of its chain of extensions.
 */
export function checkAgainstRegister(d: Decree, register: readonly Decree[]): DecreeProblem[] {
  const problems: DecreeProblem[] = [];
  const others = register.filter((r) => r.id !== d.id);
  if (d.extends !== null) {
    const base = others.find((r) => r.id === d.extends);
    if (d.extends === d.id) problems.push({ code: 'decree.extends-itself', path: 'extends' });
    else if (base === undefined) problems.push({ code: 'decree.extends-unknown', path: 'extends' });
    else for (const f of extensionFaults(d, base)) problems.push({ code: f.code, path: f.extensionPath });
  }
  // Only the decree's own extensions: each link of a chain is checked where it is, so an amendment of
  // a link keeps the whole chain without a gap.
  for (const extension of others.filter((r) => r.extends === d.id)) {
    for (const f of extensionFaults(extension, d)) {
      problems.push({
        code: f.code,
        path: f.basePath,
        other: { id: extension.id, number: extension.number },
      });
    }
  }
  const mine = periodOf(d);
  const keys = zoneKeys(d);
  for (const other of others) {
    const theirs = periodOf(other);
    if (theirs.from >= mine.to || mine.from >= theirs.to) continue;
    if (sameChain(d, other, [...others, d])) continue;
    const shared = new Set(zoneKeys(other));
    const zone = keys.find((k) => shared.has(k));
    if (zone === undefined) continue;
    const index = keys.indexOf(zone);
    const path =
      index < d.checkpoints.length ? `checkpoints.${index}` : `areas.${index - d.checkpoints.length}`;
    problems.push({ code: 'decree.overlap', path, zone, other: { id: other.id, number: other.number } });
  }
  return problems;
}

/**
 * The last day of a chain of extensions: where the decree's measures end once every prórroga of it
 * (and of those) is counted.
 */
export function chainEndOf(d: Decree, register: readonly Decree[]): string {
  let end = d.endsOn;
  for (const r of register) {
    if (r.id !== d.id && ancestorsOf(r, register).some((a) => a.id === d.id) && r.endsOn > end)
      end = r.endsOn;
  }
  return end;
}

/**
 * Every problem of a decree joining (or, amended, staying in) the register, its own and the register's
 * at once; the register's only when its days and zone read.
 */
export function checkInRegister(
  d: Decree,
  register: readonly Decree[],
  context: DecreeContext = {},
): DecreeProblem[] {
  const own = checkDecree(d, context);
  if (own.some((p) => p.code === 'decree.date' || p.code === 'decree.time-zone')) return own;
  return [...own, ...checkAgainstRegister(d, register)];
}
