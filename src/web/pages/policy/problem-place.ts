// Where in a draft of the document policy a fault is, in words: "Regla 2 (ven-cedula), Tipos de
// documento" for the check's path `rules[1].when.documentKinds`. A path this app does not know is shown
// as written.
import type { TFunction } from 'i18next';
import type { RuleSetProblemCode } from '../../../domain/documents';
import { ruleSetProblemMessage } from '../booth/messages';

function fieldName(field: string, t: TFunction): string | undefined {
  // Each key written out, for the catalogue test.
  switch (field) {
    case 'id':
      return t('policy.edit.field.id');
    case 'description':
      return t('policy.edit.field.description');
    case 'appliesTo':
      return t('policy.edit.field.appliesTo');
    case 'appliesTo.directions':
      return t('policy.edit.field.directions');
    case 'appliesTo.checkpointIds':
      return t('policy.edit.field.checkpointIds');
    case 'appliesTo.validFrom':
      return t('policy.edit.field.validFrom');
    case 'appliesTo.validTo':
      return t('policy.edit.field.validTo');
    case 'when':
      return t('policy.edit.field.when');
    case 'when.documentKinds':
      return t('policy.edit.field.documentKinds');
    case 'when.nationalities':
      return t('policy.edit.field.nationalities');
    case 'when.maxExpiredYears':
      return t('policy.edit.field.maxExpiredYears');
    case 'when.ageUnder':
      return t('policy.edit.field.ageUnder');
    case 'when.ageAtLeast':
      return t('policy.edit.field.ageAtLeast');
    case 'when.humanitarian':
      return t('policy.edit.field.humanitarian');
    case 'outcome':
      return t('policy.edit.field.outcome');
    case 'legalBasis':
      return t('policy.edit.field.legalBasis');
    case 'decree':
      return t('policy.edit.field.decree');
    default:
      return undefined;
  }
}

const RULE_PATH = /^rules\[(\d+)\](?:\.(.+))?$/;

/** A rule of the draft by its place and id ("Regla 2 (ven-cedula)"), or its place alone without one. */
export function ruleName(rule: unknown, index: number, t: TFunction): string {
  const id =
    typeof rule === 'object' && rule !== null && 'id' in rule && typeof rule.id === 'string' && rule.id !== ''
      ? rule.id
      : undefined;
  return id === undefined
    ? t('policy.edit.rule', { number: index + 1 })
    : t('policy.edit.ruleWithId', { number: index + 1, id });
}

/** The place of a fault in words, given the draft's rules (for the rule's id). */
export function problemPlace(path: string, rules: readonly unknown[], t: TFunction): string {
  if (path === '') return t('policy.edit.wholeSet');
  const match = RULE_PATH.exec(path);
  if (match === null) return path;
  const index = Number(match[1]);
  const which = ruleName(rules[index], index, t);
  if (match[2] === undefined) return which;
  const field = fieldName(match[2], t);
  return field === undefined ? `${which}, ${match[2]}` : `${which}, ${field}`;
}

/**
 * A fault as the form says it beside its field, in the form's words ("Marque al menos un sentido")
 * where the check's own words speak of JSON ("debe listar uno o más de entry, exit, transit").
 */
export function formProblemMessage(code: RuleSetProblemCode, t: TFunction): string {
  switch (code) {
    case 'policy.field':
      return t('policy.form.problem.field');
    case 'policy.duplicate-id':
      return t('policy.form.problem.duplicateId');
    case 'policy.id':
      return t('policy.form.problem.id');
    case 'policy.date':
      return t('policy.form.problem.date');
    case 'policy.period':
      return t('policy.form.problem.period');
    case 'policy.directions':
      return t('policy.form.problem.directions');
    case 'policy.outcome':
      return t('policy.form.problem.outcome');
    case 'policy.nationality':
      return t('policy.form.problem.nationality');
    case 'policy.number':
      return t('policy.form.problem.number');
    default:
      return ruleSetProblemMessage(code, t);
  }
}
