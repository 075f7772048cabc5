// A person as the screens write them: the full name (given names, then the surnames they have) and
// the sex as read from a document or the booth's form.
import type { TFunction } from 'i18next';

export const fullName = (p: {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2?: string | null | undefined;
}): string => [p.givenNames, p.surname1, p.surname2 ?? ''].filter(Boolean).join(' ');

/** M, F or X (ICAO 9303) in words; no sex (or one the screens do not know) as not given. */
export function sexName(sex: string | null, t: TFunction): string {
  switch (sex) {
    case 'M':
      return t('booth.fields.sexM');
    case 'F':
      return t('booth.fields.sexF');
    case 'X':
      return t('booth.fields.sexX');
    default:
      return t('booth.fields.sexUnspecified');
  }
}
