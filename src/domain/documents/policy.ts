// Document policy as data: which documents a checkpoint accepts for entry, exit or transit while a
// decree is in force, evaluated purely, with the rule and legal basis every recommendation rests on.
import { err, localDate, ok, type Result } from '../shared';

export type Direction = 'entry' | 'exit' | 'transit';
export type PolicyOutcome = 'admit' | 'refer' | 'refuse';
export type DocumentKind =
  | 'passport'
  | 'national-id'
  | 'visa'
  | 'residence-permit'
  | 'refugee-document'
  | 'safe-conduct'
  | 'birth-certificate'
  | 'none';

export const DIRECTIONS: readonly Direction[] = ['entry', 'exit', 'transit'];
export const OUTCOMES: readonly PolicyOutcome[] = ['admit', 'refer', 'refuse'];
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'passport',
  'national-id',
  'visa',
  'residence-permit',
  'refugee-document',
  'safe-conduct',
  'birth-certificate',
  'none',
];

export interface PolicyRule {
  readonly id: string;
  readonly description: string;
  /** The citation the recommendation rests on, e.g. 'D.S. N.º 0XX-2025-PCM, art. 3'. */
  readonly legalBasis: string;
  /** The id of the decree record (the decree register) this rule implements, when it implements one. */
  readonly decree?: string;
  readonly appliesTo: {
    /** Absent: every checkpoint. */
    readonly checkpointIds?: readonly string[];
    readonly directions: readonly Direction[];
    /** ISO 8601 instants with a zone ('2025-11-27T00:00:00-05:00'); from inclusive, to exclusive. */
    readonly validFrom: string;
    readonly validTo?: string;
  };
  readonly when: {
    readonly documentKinds?: readonly DocumentKind[];
    /** ICAO 9303 codes ('VEN', 'D', 'XXA'). */
    readonly nationalities?: readonly string[];
    /** The document may have expired at most this many years ago (0: it must be in force). */
    readonly maxExpiredYears?: number;
    readonly ageUnder?: number;
    readonly ageAtLeast?: number;
    readonly humanitarian?: boolean;
  };
  readonly outcome: PolicyOutcome;
}

export interface RuleSet {
  readonly version: string;
  readonly rules: readonly PolicyRule[];
}

/** What the booth knows about the person and the document in front of it. */
export interface PolicyFacts {
  readonly checkpointId: string;
  readonly direction: Direction;
  readonly documentKind: DocumentKind;
  readonly nationality?: string | null;
  /** 'YYYY-MM-DD'; absent or null when the document has none or it could not be read. */
  readonly documentExpiry?: string | null;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (partial dates of birth are common). */
  readonly birthDate?: string | null;
  readonly humanitarian?: boolean;
}

export interface PolicyDecision {
  readonly outcome: PolicyOutcome;
  /** null when no rule matched: the person is referred to a supervisor, never refused by default. */
  readonly ruleId: string | null;
  readonly legalBasis: string | null;
  readonly description: string | null;
  readonly rulesetVersion: string;
}

// ---- Evaluation -----------------------------------------------------------------------------------

/**
 * The recommendation for these facts at `now`. Among the rules in force that match, the most specific
 * wins (the count of conditions in `when`, plus one for naming checkpoints); then the one in force
 * since later (a newer measure supersedes); then the one listed first. No match: 'refer'. Expiry and
 * age are reckoned on the calendar of `timeZone`, the checkpoint's: at 21:00 in Tacna a document that
 * expires that day is still in force, though it is the next day in UTC.
 */
export function evaluatePolicy(
  ruleSet: RuleSet,
  facts: PolicyFacts,
  now: Date,
  timeZone = 'UTC',
): PolicyDecision {
  const at = now.getTime();
  const today = Number(localDate(at, timeZone).replaceAll('-', ''));
  let best: PolicyRule | null = null;
  let bestRank: readonly [number, number] = [-1, 0];
  for (const rule of ruleSet.rules) {
    if (!applies(rule, facts, at) || !matches(rule, facts, today)) continue;
    const rank = [specificity(rule), Date.parse(rule.appliesTo.validFrom)] as const;
    if (best === null || rank[0] > bestRank[0] || (rank[0] === bestRank[0] && rank[1] > bestRank[1])) {
      best = rule;
      bestRank = rank;
    }
  }
  if (best === null) {
    return {
      outcome: 'refer',
      ruleId: null,
      legalBasis: null,
      description: null,
      rulesetVersion: ruleSet.version,
    };
  }
  return {
    outcome: best.outcome,
    ruleId: best.id,
    legalBasis: best.legalBasis,
    description: best.description,
    rulesetVersion: ruleSet.version,
  };
}

function specificity(rule: PolicyRule): number {
  const w = rule.when;
  const conditions = [
    w.documentKinds,
    w.nationalities,
    w.maxExpiredYears,
    w.ageUnder,
    w.ageAtLeast,
    w.humanitarian,
  ];
  return conditions.filter((c) => c !== undefined).length + (rule.appliesTo.checkpointIds ? 1 : 0);
}

function applies(rule: PolicyRule, facts: PolicyFacts, at: number): boolean {
  const scope = rule.appliesTo;
  if (scope.checkpointIds && !scope.checkpointIds.includes(facts.checkpointId)) return false;
  if (!scope.directions.includes(facts.direction)) return false;
  if (!(Date.parse(scope.validFrom) <= at)) return false;
  return scope.validTo === undefined || at < Date.parse(scope.validTo);
}

function matches(rule: PolicyRule, facts: PolicyFacts, today: number): boolean {
  const w = rule.when;
  if (w.documentKinds && !w.documentKinds.includes(facts.documentKind)) return false;
  if (w.nationalities && (!facts.nationality || !w.nationalities.includes(facts.nationality))) return false;
  if (w.humanitarian !== undefined && (facts.humanitarian ?? false) !== w.humanitarian) return false;
  if (w.maxExpiredYears !== undefined && !withinExpiry(facts.documentExpiry, w.maxExpiredYears, today))
    return false;
  if (w.ageUnder !== undefined || w.ageAtLeast !== undefined) {
    const age = ageRange(facts.birthDate, today);
    if (age === null) return false;
    // A partial birth date gives a range of ages: a condition holds only if it holds for all of them.
    if (w.ageUnder !== undefined && !(age.oldest < w.ageUnder)) return false;
    if (w.ageAtLeast !== undefined && !(age.youngest >= w.ageAtLeast)) return false;
  }
  return true;
}

function parseDay(text: string | null | undefined): { y: number; m: number; d: number } | null {
  if (!text) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2] ?? 0), d: Number(match[3] ?? 0) };
}

// Expired at most `years` ago: the expiry date plus that many years is still today or later.
function withinExpiry(expiry: string | null | undefined, years: number, today: number): boolean {
  const day = parseDay(expiry);
  if (day === null || day.m === 0 || day.d === 0) return false;
  return (day.y + years) * 10000 + day.m * 100 + day.d >= today;
}

function ageOn(y: number, m: number, d: number, today: number): number {
  const years = Math.floor(today / 10000) - y;
  return today % 10000 < m * 100 + d ? years - 1 : years;
}

function ageRange(
  birth: string | null | undefined,
  today: number,
): { oldest: number; youngest: number } | null {
  const day = parseDay(birth);
  if (day === null) return null;
  const first = { m: day.m || 1, d: day.d || 1 };
  const last = { m: day.m || 12, d: day.d || 31 };
  return { oldest: ageOn(day.y, first.m, first.d, today), youngest: ageOn(day.y, last.m, last.d, today) };
}

// ---- Validation -----------------------------------------------------------------------------------

export type RuleSetProblemCode =
  | 'policy.shape'
  | 'policy.version'
  | 'policy.duplicate-id'
  | 'policy.id'
  | 'policy.field'
  | 'policy.date'
  | 'policy.period'
  | 'policy.directions'
  | 'policy.outcome'
  | 'policy.document-kind'
  | 'policy.nationality'
  | 'policy.number'
  | 'policy.decree-unknown'
  | 'policy.checkpoint-unknown';

/** Where in the rule set a problem is: `path` like 'rules[2].appliesTo.validFrom'. */
export interface RuleSetProblem {
  readonly code: RuleSetProblemCode;
  readonly path: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The longest rule id the editor takes. */
export const RULE_ID_MAX_LENGTH = 100;
// A rule's id names it in every recommendation, at the booth and in the audit log: letters (accented
// ones too), digits, dots, hyphens and underscores, no spaces, as the editor's hint says.
const RULE_ID = /^[\p{L}\p{M}\p{N}._-]+$/u;
const isRuleId = (id: string): boolean => id.length <= RULE_ID_MAX_LENGTH && RULE_ID.test(id);

export interface RuleSetContext {
  /**
   * The ids of the decree register's records: a rule citing another is refused. Absent, citations are
   * checked for their form only (the register is not at hand).
   */
  readonly decrees?: ReadonlySet<string>;
  /** The ids of the checkpoints: a rule naming another would never apply, and is refused. */
  readonly checkpoints?: ReadonlySet<string>;
  /**
   * Holds every rule's id to its form (policy.id), as the editor and a save do. Versions read back are
   * not: one saved before the form was enforced stays readable and in force until it is edited.
   */
  readonly strictIds?: boolean;
}

/**
 * Checks a rule set a supervisor sent (any JSON value) and returns it typed, or every problem found,
 * each with its path, so the server can accept edits without trusting them.
 */
export function validateRuleSet(
  input: unknown,
  context: RuleSetContext = {},
): Result<RuleSet, readonly RuleSetProblem[]> {
  const problems: RuleSetProblem[] = [];
  const add = (code: RuleSetProblemCode, path: string) => problems.push({ code, path });
  if (!isRecord(input) || !Array.isArray(input.rules)) return err([{ code: 'policy.shape', path: '' }]);
  if (!isText(input.version)) add('policy.version', 'version');
  const seen = new Set<string>();
  for (const [i, rule] of (input.rules as unknown[]).entries()) {
    const at = `rules[${i}]`;
    if (!isRecord(rule)) {
      add('policy.shape', at);
      continue;
    }
    if (!isText(rule.id)) add('policy.field', `${at}.id`);
    else if (context.strictIds && !isRuleId(rule.id)) add('policy.id', `${at}.id`);
    else if (seen.has(rule.id)) add('policy.duplicate-id', `${at}.id`);
    else seen.add(rule.id);
    if (!isText(rule.description)) add('policy.field', `${at}.description`);
    if (!isText(rule.legalBasis)) add('policy.field', `${at}.legalBasis`);
    if (rule.decree !== undefined && (typeof rule.decree !== 'string' || !UUID.test(rule.decree))) {
      add('policy.field', `${at}.decree`);
    } else if (typeof rule.decree === 'string' && context.decrees && !context.decrees.has(rule.decree)) {
      add('policy.decree-unknown', `${at}.decree`);
    }
    if (typeof rule.outcome !== 'string' || !(OUTCOMES as readonly string[]).includes(rule.outcome)) {
      add('policy.outcome', `${at}.outcome`);
    }
    checkScope(rule.appliesTo, `${at}.appliesTo`, add, context.checkpoints);
    checkWhen(rule.when, `${at}.when`, add);
  }
  // The shape is checked field by field above; a set without problems has the declared type.
  return problems.length > 0 ? err(problems) : ok(input as unknown as RuleSet);
}

function checkScope(
  scope: unknown,
  at: string,
  add: (code: RuleSetProblemCode, path: string) => void,
  checkpoints: ReadonlySet<string> | undefined,
): void {
  if (!isRecord(scope)) {
    add('policy.shape', at);
    return;
  }
  const ids = scope.checkpointIds;
  if (ids !== undefined && (!isTextList(ids) || ids.length === 0)) {
    add('policy.field', `${at}.checkpointIds`);
  } else if (isTextList(ids) && checkpoints && !ids.every((id) => checkpoints.has(id))) {
    add('policy.checkpoint-unknown', `${at}.checkpointIds`);
  }
  const directions = scope.directions;
  if (
    !isTextList(directions) ||
    directions.length === 0 ||
    !directions.every((d) => (DIRECTIONS as readonly string[]).includes(d))
  ) {
    add('policy.directions', `${at}.directions`);
  }
  const from = scope.validFrom;
  const to = scope.validTo;
  const fromOk = typeof from === 'string' && INSTANT.test(from) && !Number.isNaN(Date.parse(from));
  if (!fromOk) add('policy.date', `${at}.validFrom`);
  if (to !== undefined) {
    const toOk = typeof to === 'string' && INSTANT.test(to) && !Number.isNaN(Date.parse(to));
    if (!toOk) add('policy.date', `${at}.validTo`);
    else if (fromOk && Date.parse(to) <= Date.parse(from)) add('policy.period', `${at}.validTo`);
  }
}

function checkWhen(when: unknown, at: string, add: (code: RuleSetProblemCode, path: string) => void): void {
  if (!isRecord(when)) {
    add('policy.shape', at);
    return;
  }
  const kinds = when.documentKinds;
  if (
    kinds !== undefined &&
    (!isTextList(kinds) || !kinds.every((k) => (DOCUMENT_KINDS as readonly string[]).includes(k)))
  ) {
    add('policy.document-kind', `${at}.documentKinds`);
  }
  const nationalities = when.nationalities;
  if (
    nationalities !== undefined &&
    (!isTextList(nationalities) || !nationalities.every((n) => /^[A-Z]{1,3}$/.test(n)))
  ) {
    add('policy.nationality', `${at}.nationalities`);
  }
  for (const key of ['maxExpiredYears', 'ageUnder', 'ageAtLeast'] as const) {
    const v = when[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 150)) {
      add('policy.number', `${at}.${key}`);
    }
  }
  if (when.humanitarian !== undefined && typeof when.humanitarian !== 'boolean')
    add('policy.field', `${at}.humanitarian`);
}
