// Text longer than the API takes, said beside its field with the limit in the reader's language before
// anything is sent. The fields stop at the limit (maxLength) as a person types or pastes; a value put
// there another way (autofill, a script) would otherwise reach the server, whose refusal the app can
// only word as "this value is not valid".
import type { TFunction } from 'i18next';

/**
 * The fields whose text, trimmed as the server trims it, is longer than their limit, each with the
 * message to show; fields without a limit are not checked.
 */
export function tooLongErrors(
  values: Readonly<Record<string, string>>,
  limits: Readonly<Record<string, number>>,
  t: TFunction,
): Readonly<Record<string, string>> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([field, value]) => {
      const max = limits[field];
      const length = value.trim().length;
      return max === undefined || length <= max ? [] : [[field, t('form.tooLong', { max, length })]];
    }),
  );
}
