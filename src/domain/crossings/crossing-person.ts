// Who a crossing's fields (as last corrected) say the person is, read from stored JSON: each value
// trimmed, a blank one missing. The supervisor's views show this person and a convoy seats them.

/** The person a crossing names: names as written (blank when missing), the rest null when missing. */
export interface CrossingPerson {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly sex: string | null;
  readonly birthDate: string | null;
  readonly nationality: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export function crossingPersonOf(fields: Readonly<Record<string, unknown>>): CrossingPerson {
  const person: Readonly<Record<string, unknown>> =
    typeof fields.person === 'object' && fields.person !== null && !Array.isArray(fields.person)
      ? (fields.person as Readonly<Record<string, unknown>>)
      : {};
  return {
    givenNames: text(person.givenNames) ?? '',
    surname1: text(person.surname1) ?? '',
    surname2: text(person.surname2),
    sex: text(person.sex),
    birthDate: text(person.birthDate),
    nationality: text(person.nationality),
  };
}
