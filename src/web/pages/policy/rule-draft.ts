// One rule of a document policy draft as the fields of a form: each field reads its value from the rule
// and writes it back into a copy, changing nothing else, so that what the form does not show (and a
// value it could not show, such as a date typed wrong in JSON) stays as it was until that field is
// edited. What a field writes is checked by the domain's validateRuleSet, the server's own check:
// a number typed as "dos" is written as typed, and the check names it.

import { resolveCountry } from '../../../domain/shared';

/** A field of a rule: its path in the rule, as the check's problems name it. */
export type RuleField =
  | 'id'
  | 'description'
  | 'legalBasis'
  | 'decree'
  | 'outcome'
  | 'appliesTo.checkpointIds'
  | 'appliesTo.directions'
  | 'appliesTo.validFrom'
  | 'appliesTo.validTo'
  | 'when.documentKinds'
  | 'when.nationalities'
  | 'when.maxExpiredYears'
  | 'when.ageUnder'
  | 'when.ageAtLeast'
  | 'when.humanitarian';

export type Rule = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the form can edit this item of the list (a rule that is not an object is JSON's to mend). */
export const isEditableRule = (rule: unknown): rule is Rule => isRecord(rule);

function valueAt(rule: Rule, field: RuleField): unknown {
  const [first = '', second] = field.split('.');
  const outer = rule[first];
  if (second === undefined) return outer;
  return isRecord(outer) ? outer[second] : undefined;
}

/** The rule with `field` set to `value`, or without it for undefined; every other key kept. */
function withValue(rule: Rule, field: RuleField, value: unknown): Rule {
  const [first = '', second] = field.split('.');
  const put = (target: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> => {
    const copy = { ...target };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  if (second === undefined) return put(rule, first);
  const outer = rule[first];
  return { ...rule, [first]: put(isRecord(outer) ? outer : {}, second) };
}

/** A field's value as a text field shows it ('' when absent). */
export function textOf(rule: Rule, field: RuleField): string {
  const value = valueAt(rule, field);
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** A field's value as a group of checkboxes shows it: the strings of its list. */
export function listOf(rule: Rule, field: RuleField): readonly string[] {
  const value = valueAt(rule, field);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The humanitarian condition as a select shows it: '' (either), 'yes' or 'no'. */
export function humanitarianOf(rule: Rule): '' | 'yes' | 'no' {
  const value = valueAt(rule, 'when.humanitarian');
  return value === true ? 'yes' : value === false ? 'no' : '';
}

const OPTIONAL_TEXT: ReadonlySet<RuleField> = new Set(['decree', 'appliesTo.validTo']);
const NUMBERS: ReadonlySet<RuleField> = new Set(['when.maxExpiredYears', 'when.ageUnder', 'when.ageAtLeast']);

// One piece of the nationalities typed between commas: a country's code or name in any case or
// language ('ven', 'Venezuela', 'Perú', 'Costa Rica') as its ICAO code, or codes separated by spaces
// ('VEN COL'); what maps to nothing is kept in capitals, for the check to name.
function nationalityCodes(piece: string): string[] {
  const typed = piece.trim();
  if (typed === '') return [];
  const code = resolveCountry(typed);
  if (code !== undefined) return [code];
  const words = typed.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^[A-Za-z]{1,3}$/.test(w)))
    return words.map((w) => resolveCountry(w) ?? w.toUpperCase());
  return [typed.toUpperCase()];
}

/**
 * The rule with a text field set as typed: an optional one left empty is removed, a count is written
 * as a number when it is one (else as typed, for the check to refuse), nationalities as a list of
 * ICAO codes (nationalityCodes), an empty list removed.
 */
export function withText(rule: Rule, field: RuleField, text: string): Rule {
  if (field === 'when.nationalities') {
    const codes = text.split(/[,;\n]+/).flatMap(nationalityCodes);
    return withValue(rule, field, codes.length === 0 ? undefined : codes);
  }
  if (NUMBERS.has(field)) {
    const typed = text.trim();
    return withValue(rule, field, typed === '' ? undefined : /^\d+$/.test(typed) ? Number(typed) : typed);
  }
  if (OPTIONAL_TEXT.has(field) && text.trim() === '') return withValue(rule, field, undefined);
  return withValue(rule, field, text);
}

/**
 * The rule with a list field set: the checkpoints and the document kinds, where none ticked means the
 * rule does not limit them, are removed when empty; the directions stay (the check asks for one).
 */
export function withList(rule: Rule, field: RuleField, list: readonly string[]): Rule {
  const optional = field === 'appliesTo.checkpointIds' || field === 'when.documentKinds';
  return withValue(rule, field, optional && list.length === 0 ? undefined : [...list]);
}

export function withHumanitarian(rule: Rule, choice: '' | 'yes' | 'no'): Rule {
  return withValue(rule, 'when.humanitarian', choice === '' ? undefined : choice === 'yes');
}

// ---- Instants: a local date and time and the offset from UTC it is read in -------------------------

const INSTANT_PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant of the rule ('2025-11-27T00:00:00-05:00') as a datetime-local value and its offset. */
export function instantParts(text: string): { readonly local: string; readonly offset: string } | null {
  const match = INSTANT_PARTS.exec(text);
  if (match === null) return null;
  const [, minute = '', seconds, zone = ''] = match;
  const local = seconds === undefined || seconds === '00' ? minute : `${minute}:${seconds}`;
  return { local, offset: zone === 'Z' ? '+00:00' : zone };
}

/** The instant a local date and time in an offset stands for, as the rules write it; '' without a time. */
export function instantOf(local: string, offset: string): string {
  if (local === '') return '';
  return /T\d{2}:\d{2}$/.test(local) ? `${local}:00${offset}` : `${local}${offset}`;
}

/** The offset from UTC ('-05:00') a time zone keeps at an instant (ms). */
export function zoneOffset(timeZone: string, at: number): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-]\d{2}:\d{2})$/.exec(name);
  return match?.[1] ?? '+00:00';
}

/** The wall-clock time at an offset for an instant (ms), as a datetime-local value to the minute. */
export function localAt(at: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(at + sign * (hours * 60 + minutes) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * A new rule to fill in: an id no other rule has, for entries from now at the offset given, without
 * conditions, referring the person to a supervisor until the supervisor chooses what it recommends.
 */
export function newRule(rules: readonly unknown[], now: number, offset: string): Rule {
  const ids = new Set(rules.map((r) => (isRecord(r) ? r.id : undefined)));
  let n = rules.length + 1;
  while (ids.has(`regla-${n}`)) n += 1;
  return {
    id: `regla-${n}`,
    description: '',
    legalBasis: '',
    appliesTo: { directions: ['entry'], validFrom: instantOf(localAt(now, offset), offset) },
    when: {},
    outcome: 'refer',
  };
}

/** The fields of rule `index` the check finds at fault, each with its first problem's code. */
export function faultsOf<C extends string>(
  problems: readonly { readonly path: string; readonly code: C }[],
  index: number,
): ReadonlyMap<string, C> {
  const prefix = `rules[${index}]`;
  const out = new Map<string, C>();
  for (const p of problems) {
    if (p.path !== prefix && !p.path.startsWith(`${prefix}.`)) continue;
    const field = p.path.slice(prefix.length + 1);
    if (!out.has(field)) out.set(field, p.code);
  }
  return out;
}
