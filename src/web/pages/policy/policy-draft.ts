// The policy editor's draft: the text of the rules (the form and the JSON view edit one text) read as
// a list and checked with the domain's validateRuleSet as the save checks it, ids held to their form.
import {
  type PolicyRule,
  type RuleSetContext,
  type RuleSetProblem,
  type RuleSetProblemCode,
  validateRuleSet,
} from '../../../domain/documents';

export type Draft =
  | { readonly kind: 'syntax'; readonly message: string }
  | { readonly kind: 'not-a-list' }
  // A draft that reads as a list but fails the check is still a list, whose rules the faults point
  // into and the form edits.
  | {
      readonly kind: 'invalid';
      readonly rules: readonly unknown[];
      readonly problems: readonly RuleSetProblem[];
    }
  | { readonly kind: 'ok'; readonly rules: readonly unknown[]; readonly parsed: readonly PolicyRule[] };

const RULE_SET_CODES: readonly string[] = [
  'policy.shape',
  'policy.version',
  'policy.duplicate-id',
  'policy.id',
  'policy.field',
  'policy.date',
  'policy.period',
  'policy.directions',
  'policy.outcome',
  'policy.document-kind',
  'policy.nationality',
  'policy.number',
  'policy.decree-unknown',
  'policy.checkpoint-unknown',
] satisfies readonly RuleSetProblemCode[];

/** Whether a code the server answered is one of the check's (policy.invalid carries one per path). */
export const isRuleSetCode = (code: string | undefined): code is RuleSetProblemCode =>
  code !== undefined && RULE_SET_CODES.includes(code);

/**
 * The draft as typed, checked as the save will check it: `context` gives the register's record ids
 * once loaded (until then a citation is checked for its form only) and the checkpoints' ids; ids are
 * held to their form (policy.id), so an id the hint forbids is said before anything is sent.
 */
export function readDraft(text: string, context: RuleSetContext): Draft {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse reports bad syntax by throwing; here it is a message for the editor.
    return { kind: 'syntax', message: error instanceof Error ? error.message : String(error) };
  }
  if (!Array.isArray(value)) return { kind: 'not-a-list' };
  const checked = validateRuleSet({ version: 'draft', rules: value }, { ...context, strictIds: true });
  return checked.ok
    ? { kind: 'ok', rules: value, parsed: checked.value.rules }
    : { kind: 'invalid', rules: value, problems: checked.error };
}
