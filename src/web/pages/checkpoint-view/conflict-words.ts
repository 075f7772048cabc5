// What the supervisor reads of corrections in conflict, and chooses between: each disputed field's
// name and values in words, the officer's reason, and the versions the corrections propose (two
// devices that set the same values are one version), with the correction that settles on one.
import type { TFunction } from 'i18next';
import { canonicalText, type Decision, type TallyCategory } from '../../../domain/crossings';
import type { CorrectionConflict } from '../../api/conflicts-endpoint';
import { sexName } from '../../format/person-name';
import { decisionName } from '../booth/decision-messages';
import { categoryName } from '../tally/tally-labels';
import type { CorrectionChange } from './post-correction';

type Correction = CorrectionConflict['corrections'][number];

export function fieldName(field: string, t: TFunction): string {
  switch (field) {
    case 'decision':
      return t('conflicts.field.decision');
    case 'direction':
      return t('conflicts.field.direction');
    case 'person':
      return t('conflicts.field.person');
    case 'void':
      return t('conflicts.field.void');
    case 'count':
      return t('conflicts.field.count');
    case 'category':
      return t('conflicts.field.category');
    case 'nationality':
      return t('conflicts.field.nationality');
    case 'refusalGround':
      return t('conflicts.field.refusalGround');
    default:
      return field;
  }
}

const CATEGORIES: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'unknown']);

/** A field's value in words; a person with what tells two versions of them apart. */
export function valueText(
  field: string,
  value: unknown,
  t: TFunction,
  countryName: (code: string) => string,
): string {
  if (field === 'decision' && typeof value === 'string') return decisionName(value as Decision, t);
  if (field === 'direction' && value === 'entry') return t('booth.direction.entry');
  if (field === 'direction' && value === 'exit') return t('booth.direction.exit');
  if (field === 'category' && typeof value === 'string' && CATEGORIES.has(value))
    return categoryName(value as TallyCategory, t);
  if (field === 'nationality' && typeof value === 'string') return countryName(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && 'surname1' in value) {
    const p = value as Record<string, unknown>;
    const text = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
    const name = [p.givenNames, p.surname1, p.surname2].map(text).filter(Boolean).join(' ');
    const facts = [
      text(p.sex) === null ? null : sexName(text(p.sex), t),
      text(p.birthDate) === null ? null : t('conflicts.born', { date: p.birthDate }),
      text(p.nationality) === null ? null : countryName(String(p.nationality)),
    ].filter((x): x is string => x !== null);
    return facts.length === 0 ? name : `${name} (${facts.join(', ')})`;
  }
  return JSON.stringify(value);
}

// The officer's reason: the note the correction sets (the booth sends it there), else the note of
// the correction itself (the event interchange's).
export function reasonOf(correction: Correction): string | null {
  const set = correction.set?.note;
  if (typeof set === 'string' && set.trim() !== '') return set;
  return correction.note !== null && correction.note.trim() !== '' ? correction.note : null;
}

// Why a correction was made: never in dispute, never re-sent as the supervisor's own.
const REASON_FIELDS: ReadonlySet<string> = new Set(['note', 'overrideReason']);

/** One outcome the corrections in conflict propose, and the corrections that propose it. */
export interface Version {
  readonly key: string;
  readonly void: boolean;
  /** What it sets of the disputed fields (all it sets, where the dispute is whether to void). */
  readonly set: Readonly<Record<string, unknown>>;
  readonly corrections: readonly Correction[];
}

/** The versions of the paired corrections, in the order the first correction of each applies. */
export function versionsOf(conflict: CorrectionConflict): Version[] {
  const paired = new Set(conflict.pairs.flatMap((p) => [p.a, p.b]));
  const disputed = new Set(conflict.pairs.flatMap((p) => p.fields));
  const byKey = new Map<string, { void: boolean; set: Record<string, unknown>; corrections: Correction[] }>();
  for (const c of conflict.corrections) {
    if (!paired.has(c.id)) continue;
    const set: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(c.set ?? {})) {
      if (REASON_FIELDS.has(field)) continue;
      if (disputed.has('void') || disputed.has(field)) set[field] = value;
    }
    // A refusal chosen keeps its ground, disputed or not: the server refuses a refusal without one.
    if (set.decision === 'refused' && c.set?.refusalGround !== undefined)
      set.refusalGround = c.set.refusalGround;
    const key = c.void ? 'void' : canonicalText(set);
    const version = byKey.get(key);
    if (version) version.corrections.push(c);
    else byKey.set(key, { void: c.void, set, corrections: [c] });
  }
  return [...byKey].map(([key, v]) => ({ key, ...v }));
}

/** The correction's body that settles on a version: made online, it has seen both, so it settles. */
export function settlingChange(version: Version, note: string): CorrectionChange {
  const reason = note.trim() === '' ? {} : { note: note.trim() };
  return version.void ? { void: true, ...reason } : { set: { ...version.set }, ...reason };
}
