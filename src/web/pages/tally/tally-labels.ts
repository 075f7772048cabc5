// Words for the tally's categories and directions, each key written out for the catalogue test, and
// the nationalities offered for a group.
import type { TFunction } from 'i18next';
import type { TallyCategory } from '../../../domain/crossings';
import type { TallyDirection } from './tally-keys';

export function categoryName(category: TallyCategory, t: TFunction): string {
  switch (category) {
    case 'man':
      return t('tally.category.man');
    case 'woman':
      return t('tally.category.woman');
    case 'boy':
      return t('tally.category.boy');
    case 'girl':
      return t('tally.category.girl');
    case 'unknown':
      return t('tally.category.unknown');
    default: {
      const never: never = category;
      return never;
    }
  }
}

/** One person's movement: "Llegada", "Salida". */
export function directionName(direction: TallyDirection, t: TFunction): string {
  return direction === 'entry' ? t('tally.direction.entry') : t('tally.direction.exit');
}

/** A whole press, as said back to the officer: "Llegada: Mujer". */
export function pressName(direction: TallyDirection, category: TallyCategory, t: TFunction): string {
  return t('tally.pressName', {
    direction: directionName(direction, t),
    category: categoryName(category, t),
  });
}

// The nationalities most seen at the southern border crossings, offered first; others go unnamed.
export const COMMON_NATIONALITIES = ['VEN', 'COL', 'PER', 'CHL', 'BOL', 'ECU', 'HTI'] as const;

/** The group's nationality an address names, when it is one the list offers; otherwise unknown. */
export function nationalityOf(place: { readonly nationality: string | null }): string | null {
  return COMMON_NATIONALITIES.find((code) => code === place.nationality) ?? null;
}
