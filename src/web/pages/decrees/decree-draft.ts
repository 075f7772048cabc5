// The decree form's state as typed, and the request body it becomes: lists typed one item a line,
// dates as the date fields give them, and the register's refusals mapped back to the field they name.
import type { TFunction } from 'i18next';
import {
  type AreaKind,
  addDays,
  type DecreeContent,
  type DecreeProblemCode,
  EMERGENCY_RULES,
  emergencyRuleOf,
  type Force,
  isCalendarDate,
  type RightCode,
} from '../../../domain/decrees';
import type { DecreeView } from '../../api/decrees-endpoints';
import type { ApiProblem } from '../../api/problem';

export interface UnitDraft {
  readonly name: string;
  readonly force: Force;
  readonly tasks: string;
}

export interface DecreeDraft {
  readonly number: string;
  readonly title: string;
  readonly issuedOn: string;
  readonly publishedOn: string;
  readonly legalBasis: string;
  readonly startsOn: string;
  readonly endsOn: string;
  /** '' until chosen: then the zone follows the checkpoints named (defaultTimeZone). */
  readonly timeZone: string;
  readonly checkpoints: readonly string[];
  readonly areaKind: AreaKind;
  readonly areas: string;
  readonly rights: readonly RightCode[];
  readonly measures: string;
  readonly units: readonly UnitDraft[];
  readonly reason: string;
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function emptyDraft(): DecreeDraft {
  return {
    number: '',
    title: '',
    issuedOn: '',
    publishedOn: '',
    legalBasis: EMERGENCY_RULES.PE.legalBasis,
    startsOn: '',
    endsOn: '',
    timeZone: '',
    checkpoints: [],
    areaKind: 'district',
    areas: '',
    rights: [],
    measures: '',
    units: [],
    reason: '',
  };
}

/** The decrees `d` extends, nearest first, as far back as the register holds them. */
function ancestorsIn(d: DecreeView, register: readonly DecreeView[]): string[] {
  const byId = new Map(register.map((r) => [r.id, r]));
  const seen: string[] = [];
  for (let up = d.extends; up !== null && up.id !== d.id && !seen.includes(up.id); ) {
    seen.push(up.id);
    up = byId.get(up.id)?.extends ?? null;
  }
  return seen;
}

/** A decree's place in its chain of extensions: 0 for a declaration, 1 for its first extension, … */
export const placeInChain = (d: DecreeView, register: readonly DecreeView[]): number =>
  ancestorsIn(d, register).length;

/**
 * The decree a new extension of `d` extends: the last of its chain of extensions, since an extension
 * starts no later than the day after the decree it extends ends (and `d` may have been extended).
 */
export function lastOfChain(d: DecreeView, register: readonly DecreeView[]): DecreeView {
  return (
    register.find(
      (r) => r.endsOn === d.chainEndsOn && r.id !== d.id && ancestorsIn(r, register).includes(d.id),
    ) ?? d
  );
}

/**
 * The last day an extension of `base` could be issued, when `issuedOn` is later (null otherwise, and
 * while it does not read): an extension starts no later than the day after its decree ends and is not
 * in force before it is issued, so one issued later cannot follow it. The state of emergency lapsed;
 * what declares it again is a new decree.
 */
export function lateExtension(base: Pick<DecreeView, 'endsOn'>, issuedOn: string): string | null {
  if (!isCalendarDate(issuedOn)) return null;
  const latest = addDays(base.endsOn, 1);
  return issuedOn > latest ? latest : null;
}

/**
 * The legal basis a new decree shows: as typed, unless it is still the one the form offered for a
 * country, which follows the country of the zone chosen since (a decree for Chacalluta does not cite
 * Peru's constitution).
 */
export function legalBasisFor(typed: string, timeZone: string): string {
  const offered = Object.values(EMERGENCY_RULES).some((r) => r.legalBasis === typed);
  return offered ? (emergencyRuleOf(timeZone)?.legalBasis ?? typed) : typed;
}

/** A draft that says what the decree says now (to amend it) or what its extension will carry on. */
export function draftFrom(d: DecreeView, as: 'amend' | 'extend'): DecreeDraft {
  const same = {
    legalBasis: d.legalBasis,
    timeZone: d.timeZone,
    checkpoints: d.checkpoints,
    areaKind: d.areas[0]?.kind ?? 'district',
    areas: d.areas.map((a) => a.name).join('\n'),
    rights: d.rightsSuspended,
    measures: d.measures.join('\n'),
    units: d.units.map((u) => ({ name: u.name, force: u.force, tasks: u.tasks.join('\n') })),
    reason: '',
  };
  if (as === 'amend') {
    return {
      ...same,
      number: d.number,
      title: d.title,
      issuedOn: d.issuedOn,
      publishedOn: d.publishedOn ?? '',
      startsOn: d.startsOn,
      endsOn: d.endsOn,
    };
  }
  const startsOn = addDays(d.chainEndsOn, 1);
  // As long as its country lets one decree run: Peru's sixty days, Chile's fifteen.
  const term = (emergencyRuleOf(d.timeZone) ?? EMERGENCY_RULES.PE).longestTermDays;
  return {
    ...same,
    number: '',
    title: '',
    issuedOn: '',
    publishedOn: '',
    startsOn,
    endsOn: addDays(startsOn, term - 1),
  };
}

export function contentOf(draft: DecreeDraft, timeZone: string): DecreeContent {
  return {
    number: draft.number.trim(),
    title: draft.title.trim(),
    issuedOn: draft.issuedOn,
    publishedOn: draft.publishedOn === '' ? null : draft.publishedOn,
    legalBasis: draft.legalBasis.trim(),
    timeZone,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    checkpoints: draft.checkpoints,
    areas: lines(draft.areas).map((name) => ({ kind: draft.areaKind, name })),
    rightsSuspended: draft.rights,
    measures: lines(draft.measures),
    units: draft.units
      .filter((u) => u.name.trim() !== '')
      .map((u) => ({ name: u.name.trim(), force: u.force, tasks: lines(u.tasks) })),
  };
}

export function problemText(code: string | undefined, t: TFunction): string | null {
  switch (code as DecreeProblemCode | undefined) {
    case 'decree.date':
      return t('decrees.problem.date');
    case 'decree.time-zone':
      return t('decrees.problem.timeZone');
    case 'decree.ends-before-start':
      return t('decrees.problem.endsBeforeStart');
    case 'decree.starts-before-issued':
      return t('decrees.problem.startsBeforeIssued');
    case 'decree.issued-later':
      return t('decrees.problem.issuedLater');
    case 'decree.published-before-issued':
      return t('decrees.problem.publishedBeforeIssued');
    case 'decree.no-zone':
      return t('decrees.problem.noZone');
    case 'decree.duplicate-zone':
      return t('decrees.problem.duplicateZone');
    case 'decree.checkpoint-unknown':
      return t('decrees.problem.checkpointUnknown');
    case 'decree.right-not-restrictable':
      return t('decrees.problem.rightNotRestrictable');
    case 'decree.extends-unknown':
    case 'decree.extends-itself':
      return t('decrees.problem.extends');
    case 'decree.extension-gap':
      return t('decrees.problem.extensionGap');
    case 'decree.extension-start':
      return t('decrees.problem.extensionStart');
    case 'decree.extension-end':
      return t('decrees.problem.extensionEnd');
    default:
      return null;
  }
}

/** Each refused field's sentence, by the draft field it belongs to ('endsOn', 'areas', 'checkpoints'). */
const DATE_KEYS = new Set(['issuedOn', 'publishedOn', 'startsOn', 'endsOn']);

/**
 * A refusal that names another decree, `number`: the one already covering the zone, or the amended
 * decree's extension whose days it would no longer follow (said from the decree's side, since the
 * rule's own sentence speaks of the extension being recorded).
 */
function otherDecreeText(code: string | undefined, number: string, t: TFunction): string | null {
  switch (code as DecreeProblemCode | undefined) {
    case 'decree.overlap':
      return t('decrees.problem.overlap', { number });
    case 'decree.extension-gap':
      return t('decrees.problem.extendedByGap', { number });
    case 'decree.extension-start':
      return t('decrees.problem.extendedByStart', { number });
    case 'decree.extension-end':
      return t('decrees.problem.extendedByEnd', { number });
    default:
      return null;
  }
}

export function fieldProblems(problem: ApiProblem | null, t: TFunction): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const field = e.path.split('.').filter((s) => s !== 'body' && s !== 'content')[0] ?? '';
    // The server words its refusals in English: the decree an overlap or an extension concerns is
    // read from the error's `other`, never from that wording; a date's refusal is said as the date
    // rule, the rest as a value the register does not take, with the field's hint giving the rule.
    const text =
      (e.other === undefined ? null : otherDecreeText(e.code, e.other.number, t)) ??
      problemText(e.code, t) ??
      (DATE_KEYS.has(field) ? t('form.dayUnread') : t('problem.fieldInvalid'));
    out[field] ??= text;
  }
  return out;
}

/** What the form says above its buttons when the register refused it; null for other problems. */
export function refusalText(problem: ApiProblem | null, t: TFunction): string | null {
  switch (problem?.code) {
    case 'decree.overlap': {
      const number = problem.errors.find((e) => e.code === 'decree.overlap')?.other?.number;
      return number === undefined
        ? t('decrees.problem.refusedInvalid')
        : t('decrees.problem.refusedOverlap', { number });
    }
    case 'decree.invalid':
      return t('decrees.problem.refusedInvalid');
    case 'decree.stale':
      return t('decrees.problem.refusedStale');
    default:
      return null;
  }
}
