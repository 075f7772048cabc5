// The booth's form for one person as plain data: filled from a read zone or by hand, turned into the
// person and document of a crossing event, and the time of an earlier registration on the checkpoint's clock.
import type { CrossingEvent, EventPerson } from '../../../api/events';
import type { VULNERABILITIES } from '../../../api/people';
import { localHour } from '../../../domain/crossings';
import { type IdError, type MrzFields, parseNationalId } from '../../../domain/documents';
import { isoFromTyped, nationalityCode } from '../../../domain/shared';
import { inZoneOrUtc } from '../../format/format';

export type Vulnerability = (typeof VULNERABILITIES)[number];
type EventDocument = NonNullable<CrossingEvent['document']>;

export type RegistrationForm = {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string;
  /** '' when not given. */
  readonly sex: '' | 'M' | 'F' | 'X';
  /** YYYY, YYYY-MM or YYYY-MM-DD, or ''. */
  readonly birthDate: string;
  readonly nationality: string;
  /** '' for a person without a document. */
  readonly documentType: string;
  readonly documentNumber: string;
  readonly issuingState: string;
  readonly expiryDate: string;
  readonly mrz: string;
  readonly consent: boolean;
  readonly vulnerabilities: readonly Vulnerability[];
};

export const EMPTY_FORM: RegistrationForm = {
  givenNames: '',
  surname1: '',
  surname2: '',
  sex: '',
  birthDate: '',
  nationality: '',
  documentType: '',
  documentNumber: '',
  issuingState: '',
  expiryDate: '',
  mrz: '',
  consent: false,
  vulnerabilities: [],
};

// Particles belong to the word after them: DE LA CRUZ is one surname (as the matcher groups them).
const PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y', 'DA', 'DAS', 'DO', 'DOS', 'SAN', 'SANTA']);

/**
 * A zone's single surname field split into first and second surname: the last surname (with its
 * particles) is the second, the rest the first. "DE LA CRUZ PENA" → "DE LA CRUZ" + "PENA";
 * "DE LA CRUZ" stays whole. The officer can correct it.
 */
export function splitSurnames(surname: string): { readonly surname1: string; readonly surname2: string } {
  const words = surname.trim().split(/\s+/).filter(Boolean);
  const groups: string[][] = [];
  let pending: string[] = [];
  for (const word of words) {
    pending.push(word);
    if (!PARTICLES.has(word.toUpperCase())) {
      groups.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) {
    const last = groups.pop() ?? [];
    groups.push([...last, ...pending]);
  }
  if (groups.length < 2) return { surname1: words.join(' '), surname2: '' };
  const second = groups.pop() ?? [];
  return { surname1: groups.flat().join(' '), surname2: second.join(' ') };
}

/** The document types the form offers: the zone's codes, then national numbers typed by hand. */
export const ZONE_DOCUMENT_TYPES = ['P', 'I', 'V'] as const;

/** A zone's document code (P, PP, ID, IR, AC, V…) as the form's type: by its first letter, ICAO 9303-4. */
export function documentTypeOfCode(code: string): string {
  const first = code.trim().toUpperCase()[0];
  if (first === 'P' || first === 'V') return first;
  return first === undefined ? '' : 'I';
}

/** The form filled from a zone that was read; consent and vulnerabilities are the officer's to ask. */
export function formFromZone(fields: MrzFields, zone: string): RegistrationForm {
  const { surname1, surname2 } = splitSurnames(fields.surname);
  return {
    ...EMPTY_FORM,
    givenNames: fields.givenNames,
    surname1,
    surname2,
    sex: fields.sex === 'M' || fields.sex === 'F' || fields.sex === 'X' ? fields.sex : '',
    birthDate: fields.birthDate ?? '',
    nationality: fields.nationality,
    documentType: documentTypeOfCode(fields.documentCode),
    documentNumber: fields.documentNumber,
    issuingState: fields.issuingState,
    expiryDate: fields.expiryDate ?? '',
    mrz: zone,
  };
}

const given = (value: string) => {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** A date field as the API takes it: typed day first (14/03/1988) or in the ISO form (1988-03-14). */
export const formDate = (value: string): string => isoFromTyped(value);

/** A country field as the API takes it: its ICAO code, typed as a code (VEN, ve, VE) or a name (Venezuela). */
export const formCountry = (value: string): string => nationalityCode(value).toUpperCase();

/** The event's person: trimmed, empty optional fields left out, codes upper-cased. */
export function personOf(form: RegistrationForm): EventPerson {
  const surname2 = given(form.surname2);
  const birthDate = given(formDate(form.birthDate));
  const nationality = given(formCountry(form.nationality));
  return {
    givenNames: form.givenNames.trim(),
    surname1: form.surname1.trim(),
    ...(surname2 === undefined ? {} : { surname2 }),
    ...(form.sex === '' ? {} : { sex: form.sex }),
    ...(birthDate === undefined ? {} : { birthDate }),
    ...(nationality === undefined ? {} : { nationality: nationality.toUpperCase() }),
  };
}

/** The event's document, or undefined for a person without one (or with its number left blank). */
/**
 * What is wrong with a national number typed for a national identity type (a RUN's check digit, a
 * DNI's eight digits…); null for a number that reads, or a document of another type.
 */
export function nationalIdProblem(
  form: Pick<RegistrationForm, 'documentType' | 'documentNumber'>,
): IdError | null {
  if (form.documentNumber.trim() === '') return null;
  const read = parseNationalId(form.documentType, form.documentNumber);
  return read.ok || read.error.code === 'id.unknown-type' ? null : read.error;
}

export function documentOf(form: RegistrationForm): EventDocument | undefined {
  if (form.documentType === '' || form.documentNumber.trim() === '') return undefined;
  const issuingState = given(formCountry(form.issuingState));
  const expiryDate = given(formDate(form.expiryDate));
  const mrz = given(form.mrz);
  // A national number is stored in its one form (12.345.678-5 and 12345678-5 are one RUN).
  const national = parseNationalId(form.documentType, form.documentNumber);
  return {
    type: form.documentType,
    number: national.ok ? national.value.normalized : form.documentNumber.trim().toUpperCase(),
    ...(issuingState === undefined ? {} : { issuingState: issuingState.toUpperCase() }),
    ...(expiryDate === undefined ? {} : { expiryDate }),
    // The zone exactly as read, beside the fields the officer confirmed or corrected.
    ...(mrz === undefined ? {} : { mrz }),
  };
}

/** "26/11" and "15:00" on the checkpoint's clock, for "registered on 26/11 at 15:00". */
export function dayAndTime(
  iso: string,
  locale: string,
  timeZone: string,
  withSeconds = false,
): { readonly day: string; readonly time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { day: iso, time: '' };
  const format = (zone: string) => ({
    day: new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: zone }).format(date),
    time: new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' as const } : {}),
      hourCycle: 'h23',
      timeZone: zone,
    }).format(date),
  });
  return inZoneOrUtc(timeZone, format);
}

/** When a tally was made, as the booth lists it: the time alone today, with its day on an earlier one. */
export function tallyWhen(
  iso: string,
  today: string,
  locale: string,
  timeZone: string,
  withSeconds = false,
): string {
  const { day, time } = dayAndTime(iso, locale, timeZone, withSeconds);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return day;
  const sameDay = inZoneOrUtc(timeZone, (zone) => localHour(date, zone).date) === today;
  return sameDay ? time : `${day} ${time}`;
}

/**
 * When each of these tallies was made, as the officer chooses among them: to the minute, and to the
 * second for those that would read alike (several presses in one minute), so no two look the same.
 */
export function tallyTimes(
  ats: readonly string[],
  today: string,
  locale: string,
  timeZone: string,
): string[] {
  const minutes = ats.map((at) => tallyWhen(at, today, locale, timeZone));
  return ats.map((at, i) =>
    minutes.indexOf(minutes[i] ?? '') === minutes.lastIndexOf(minutes[i] ?? '')
      ? (minutes[i] ?? '')
      : tallyWhen(at, today, locale, timeZone, true),
  );
}
