// The words for the values the figures are broken down by, as literal catalogue keys. The values come
// from the API as plain strings: one it does not list here gets the table's word for the unknown.
import type { TFunction } from 'i18next';

/** The word the table gives `value`; `otherwise` for a value the table does not list. */
function wordOf(table: Readonly<Record<string, string>>, value: string, otherwise: string): string {
  return Object.hasOwn(table, value) ? (table[value] ?? otherwise) : otherwise;
}

export function directionLabel(t: TFunction, value: string): string {
  const words = { entry: t('dashboard.direction.entry'), exit: t('dashboard.direction.exit') };
  return wordOf(words, value, t('dashboard.unknown'));
}

/** A crossing's decision; a tally has none, and anything not decided is counted as tallied. */
export function decisionLabel(t: TFunction, value: string): string {
  const words = {
    admitted: t('dashboard.decision.admitted'),
    'admitted-transit': t('dashboard.decision.transit'),
    'referred-protection': t('dashboard.decision.protection'),
    refused: t('dashboard.decision.refused'),
    held: t('dashboard.decision.held'),
  };
  return wordOf(words, value, t('dashboard.decision.tallied'));
}

export function sexLabel(t: TFunction, value: string): string {
  const words = {
    F: t('dashboard.sex.female'),
    M: t('dashboard.sex.male'),
    X: t('dashboard.sex.unspecified'),
  };
  return wordOf(words, value, t('dashboard.unknown'));
}

/** An age band; a tally has none, so its age group (child or adult) is shown instead. */
export function ageLabel(t: TFunction, band: string, group: string): string {
  if (band !== 'unknown') return t('dashboard.age.band', { band });
  if (group === 'child') return t('dashboard.age.childNoAge');
  if (group === 'adult') return t('dashboard.age.adultNoAge');
  return t('dashboard.unknown');
}

/** A vulnerability; one the catalogue does not know yet is shown by its code. */
export function vulnerabilityLabel(t: TFunction, value: string): string {
  const words = {
    'unaccompanied-minor': t('dashboard.vulnerability.unaccompaniedMinor'),
    'separated-minor': t('dashboard.vulnerability.separatedMinor'),
    pregnant: t('dashboard.vulnerability.pregnant'),
    disability: t('dashboard.vulnerability.disability'),
    medical: t('dashboard.vulnerability.medical'),
    elderly: t('dashboard.vulnerability.elderly'),
    'asylum-seeker': t('dashboard.vulnerability.asylumSeeker'),
    'trafficking-risk': t('dashboard.vulnerability.traffickingRisk'),
    'gender-based-violence-risk': t('dashboard.vulnerability.genderBasedViolenceRisk'),
  };
  return wordOf(words, value, value);
}
