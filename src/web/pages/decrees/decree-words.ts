// How decree dates, zones and forces read on screen: calendar dates as the decree writes them (its own
// days, not an instant), and each fixed code by its catalogue key, written out so the keys are literal.
// Rights are named by the decree's constitution (constitution-words.ts).
import type { TFunction } from 'i18next';
import type { AreaKind, Force } from '../../../domain/decrees';

/** A decree's calendar date, e.g. "27 ene 2026": a day, so no zone is applied. */
export { formatDay } from '../../format/format';

export function areaKindName(kind: AreaKind, t: TFunction): string {
  switch (kind) {
    case 'region':
      return t('decrees.areaKind.region');
    case 'province':
      return t('decrees.areaKind.province');
    case 'district':
      return t('decrees.areaKind.district');
    case 'other':
      return t('decrees.areaKind.other');
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

export function forceName(force: Force, t: TFunction): string {
  switch (force) {
    case 'police':
      return t('decrees.force.police');
    case 'armed-forces':
      return t('decrees.force.armedForces');
    case 'other':
      return t('decrees.force.other');
    default: {
      const unknown: never = force;
      return unknown;
    }
  }
}
