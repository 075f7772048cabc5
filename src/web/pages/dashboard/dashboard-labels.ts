// The words for the values the figures are broken down by, as literal catalogue keys.
import type { TFunction } from 'i18next';

export function directionLabel(t: TFunction, value: string): string {
  switch (value) {
    case 'entry':
      return t('dashboard.direction.entry');
    case 'exit':
      return t('dashboard.direction.exit');
    default:
      return t('dashboard.unknown');
  }
}

export function decisionLabel(t: TFunction, value: string): string {
  switch (value) {
    case 'admitted':
      return t('dashboard.decision.admitted');
    case 'admitted-transit':
      return t('dashboard.decision.transit');
    case 'referred-protection':
      return t('dashboard.decision.protection');
    case 'refused':
      return t('dashboard.decision.refused');
    case 'held':
      return t('dashboard.decision.held');
    default:
      return t('dashboard.decision.tallied');
  }
}

export function sexLabel(t: TFunction, value: string): string {
  switch (value) {
    case 'F':
      return t('dashboard.sex.female');
    case 'M':
      return t('dashboard.sex.male');
    case 'X':
      return t('dashboard.sex.unspecified');
    default:
      return t('dashboard.unknown');
  }
}

/** An age band; a tally has none, so its age group (child or adult) is shown instead. */
export function ageLabel(t: TFunction, band: string, group: string): string {
  if (band !== 'unknown') return t('dashboard.age.band', { band });
  if (group === 'child') return t('dashboard.age.childNoAge');
  if (group === 'adult') return t('dashboard.age.adultNoAge');
  return t('dashboard.unknown');
}

export function vulnerabilityLabel(t: TFunction, value: string): string {
  switch (value) {
    case 'unaccompanied-minor':
      return t('dashboard.vulnerability.unaccompaniedMinor');
    case 'separated-minor':
      return t('dashboard.vulnerability.separatedMinor');
    case 'pregnant':
      return t('dashboard.vulnerability.pregnant');
    case 'disability':
      return t('dashboard.vulnerability.disability');
    case 'medical':
      return t('dashboard.vulnerability.medical');
    case 'elderly':
      return t('dashboard.vulnerability.elderly');
    case 'asylum-seeker':
      return t('dashboard.vulnerability.asylumSeeker');
    case 'trafficking-risk':
      return t('dashboard.vulnerability.traffickingRisk');
    case 'gender-based-violence-risk':
      return t('dashboard.vulnerability.genderBasedViolenceRisk');
    default:
      return value;
  }
}
