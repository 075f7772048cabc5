// Readable, translated words for the documents domain's codes: zone problems and fields, identity
// number problems and types, policy outcomes, directions and rule set problems. Each key is written
// out so the catalogue test can check it.
import type { TFunction } from 'i18next';
import {
  type Direction,
  ID_TYPES,
  type IdError,
  type IdType,
  type MrzField,
  type MrzFormat,
  type MrzProblem,
  type MrzVariant,
  type PolicyOutcome,
  type RuleSetProblemCode,
} from '../../../domain/documents';
import type { Vulnerability } from './registration';

const WIDTH: Readonly<Record<MrzFormat, number>> = { TD1: 30, TD2: 36, TD3: 44, 'MRV-A': 44, 'MRV-B': 36 };

export function mrzProblemMessage(problem: MrzProblem, format: MrzFormat | null, t: TFunction): string {
  switch (problem.code) {
    case 'mrz.unknown-format':
      return t('booth.problem.unknownFormat');
    case 'mrz.line-length':
      return t('booth.problem.lineLength', {
        line: problem.line,
        length: problem.length,
        width: format === null ? '—' : WIDTH[format],
      });
    case 'mrz.invalid-character':
      return t('booth.problem.invalidCharacter');
    case 'mrz.check-digit':
      return t('booth.problem.checkDigit');
    case 'mrz.invalid-date':
      return t('booth.problem.invalidDate');
    case 'mrz.unknown-country':
      return t('booth.problem.unknownCountry');
    case 'mrz.document-code':
      return t('booth.problem.documentCode');
    case 'mrz.invalid-sex':
      return t('booth.problem.invalidSex');
    case 'mrz.repair-ambiguous':
      return t('booth.problem.repairAmbiguous');
    default: {
      const unknown: never = problem.code;
      return unknown;
    }
  }
}

/** An issuer variant a zone was read by (mrz-issuers), in words. */
export function mrzVariantName(variant: MrzVariant, t: TFunction): string {
  switch (variant) {
    case 'long-number-filler-in-check':
      return t('booth.variant.longNumberFillerInCheck');
    case 'french-identity-card':
      return t('booth.variant.frenchIdentityCard');
    default: {
      const unknown: never = variant;
      return unknown;
    }
  }
}

export function mrzFieldName(field: MrzField, t: TFunction): string {
  switch (field) {
    case 'zone':
      return t('booth.field.zone');
    case 'documentCode':
      return t('booth.field.documentCode');
    case 'issuingState':
      return t('booth.field.issuingState');
    case 'name':
      return t('booth.field.name');
    case 'documentNumber':
      return t('booth.field.documentNumber');
    case 'nationality':
      return t('booth.field.nationality');
    case 'birthDate':
      return t('booth.field.birthDate');
    case 'sex':
      return t('booth.field.sex');
    case 'expiryDate':
      return t('booth.field.expiryDate');
    case 'optionalData':
      return t('booth.field.optionalData');
    case 'optionalData2':
      return t('booth.field.optionalData2');
    case 'composite':
      return t('booth.field.composite');
    default: {
      const unknown: never = field;
      return unknown;
    }
  }
}

export function idProblemMessage(error: IdError, t: TFunction): string {
  switch (error.code) {
    case 'id.unknown-type':
      return t('booth.id.problem.unknownType');
    case 'id.empty':
      return t('booth.id.problem.empty');
    case 'id.format':
      return t('booth.id.problem.format');
    case 'id.length':
      return t('booth.id.problem.length', { length: error.length, min: error.min, max: error.max });
    case 'id.check-digit':
      return t('booth.id.problem.checkDigit', { expected: error.expected, found: error.found });
    case 'id.region':
      // Only Bolivia's cédula names a department; Ecuador's names a province.
      return error.idType === 'BO-CI'
        ? t('booth.id.problem.department', { found: error.found })
        : t('booth.id.problem.province', { found: error.found });
    case 'id.third-digit':
      return t('booth.id.problem.thirdDigit', { found: error.found, max: error.max });
    default: {
      const unknown: never = error;
      return unknown;
    }
  }
}

export function idTypeName(idType: IdType, t: TFunction): string {
  switch (idType) {
    case 'CL-RUN':
      return t('booth.id.type.clRun');
    case 'PE-DNI':
      return t('booth.id.type.peDni');
    case 'PE-CE':
      return t('booth.id.type.peCe');
    case 'PE-CPP':
      return t('booth.id.type.peCpp');
    case 'VE-CI':
      return t('booth.id.type.veCi');
    case 'CO-CC':
      return t('booth.id.type.coCc');
    case 'EC-CI':
      return t('booth.id.type.ecCi');
    case 'BO-CI':
      return t('booth.id.type.boCi');
    case 'AR-DNI':
      return t('booth.id.type.arDni');
    default: {
      const unknown: never = idType;
      return unknown;
    }
  }
}

export function outcomeName(outcome: PolicyOutcome, t: TFunction): string {
  switch (outcome) {
    case 'admit':
      return t('booth.policy.outcome.admit');
    case 'refer':
      return t('booth.policy.outcome.refer');
    case 'refuse':
      return t('booth.policy.outcome.refuse');
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}

export function directionName(direction: Direction, t: TFunction): string {
  switch (direction) {
    case 'entry':
      return t('booth.direction.entry');
    case 'exit':
      return t('booth.direction.exit');
    case 'transit':
      return t('booth.direction.transit');
    default: {
      const unknown: never = direction;
      return unknown;
    }
  }
}

export function ruleSetProblemMessage(code: RuleSetProblemCode, t: TFunction): string {
  switch (code) {
    case 'policy.shape':
      return t('policy.problem.shape');
    case 'policy.version':
      return t('policy.problem.version');
    case 'policy.duplicate-id':
      return t('policy.problem.duplicateId');
    case 'policy.id':
      return t('policy.problem.id');
    case 'policy.field':
      return t('policy.problem.field');
    case 'policy.date':
      return t('policy.problem.date');
    case 'policy.period':
      return t('policy.problem.period');
    case 'policy.directions':
      return t('policy.problem.directions');
    case 'policy.outcome':
      return t('policy.problem.outcome');
    case 'policy.document-kind':
      return t('policy.problem.documentKind');
    case 'policy.nationality':
      return t('policy.problem.nationality');
    case 'policy.number':
      return t('policy.problem.number');
    case 'policy.decree-unknown':
      return t('policy.problem.decreeUnknown');
    case 'policy.checkpoint-unknown':
      return t('policy.problem.checkpointUnknown');
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

export function vulnerabilityName(vulnerability: Vulnerability, t: TFunction): string {
  switch (vulnerability) {
    case 'unaccompanied-minor':
      return t('booth.register.vulnerability.unaccompaniedMinor');
    case 'separated-minor':
      return t('booth.register.vulnerability.separatedMinor');
    case 'pregnant':
      return t('booth.register.vulnerability.pregnant');
    case 'disability':
      return t('booth.register.vulnerability.disability');
    case 'medical':
      return t('booth.register.vulnerability.medical');
    case 'elderly':
      return t('booth.register.vulnerability.elderly');
    case 'asylum-seeker':
      return t('booth.register.vulnerability.asylumSeeker');
    case 'trafficking-risk':
      return t('booth.register.vulnerability.traffickingRisk');
    case 'gender-based-violence-risk':
      return t('booth.register.vulnerability.genderBasedViolenceRisk');
    default: {
      const unknown: never = vulnerability;
      return unknown;
    }
  }
}

/** A document type of the registration form: a zone's code or a national number's type. */
export function documentTypeName(type: string, t: TFunction): string {
  const idType = ID_TYPES.find((id) => id === type);
  if (idType !== undefined) return idTypeName(idType, t);
  switch (type) {
    case 'P':
      return t('booth.register.docType.passport');
    case 'I':
      return t('booth.register.docType.idCard');
    case 'V':
      return t('booth.register.docType.visa');
    default:
      return type;
  }
}
