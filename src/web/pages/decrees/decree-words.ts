// How decree dates, zones and rights read on screen: calendar dates as the decree writes them (its own
// days, not an instant), and each fixed code by its catalogue key, written out so the keys are literal.
import type { TFunction } from 'i18next';
import type { AreaKind, Force, RightCode } from '../../../domain/decrees';

/** A decree's calendar date, e.g. "27 ene 2026": a day, so no zone is applied. */
export { formatDay } from '../../format/format';

export function rightName(code: RightCode, t: TFunction): string {
  switch (code) {
    case 'personal-liberty-security':
      return t('decrees.right.personalLibertySecurity');
    case 'home-inviolability':
      return t('decrees.right.homeInviolability');
    case 'freedom-of-assembly':
      return t('decrees.right.freedomOfAssembly');
    case 'freedom-of-movement':
      return t('decrees.right.freedomOfMovement');
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

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
