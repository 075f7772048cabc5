// Helpers that more than one area needs.
export { addDays, daysBetween, isCalendarDate } from './calendar-date';
export { CODE_PATTERN } from './codes';
export {
  COUNTRY_CODES,
  type CountryCode,
  canonicalCountryCode,
  countryByCode,
  isStateCode,
  nationalityCode,
  nationalityForMatching,
  resolveCountry,
} from './countries';
export { type FileEncoding, type NotText, notTextKind, textOfFile } from './file-text';
export { distanceKm, type GeoPoint } from './geo';
export { err, ok, type Result } from './result';
export { isoFromTyped } from './typed-date';
export { numberFromTyped } from './typed-number';
export { instantAt, instantsAt, isTimeZone, localDate, startOfLocalDay, wallClock } from './wall-clock';
