// A form's values kept as one draft: each field bound to its control by its key (the id the form's
// prefix and the key make, the value, each change, and the error the last answer gave it), changed a
// key at a time, and replaced in part or whole once the form is sent.
import { useState } from 'react';

/** What a control takes from the draft for one of its fields. */
export type Binding<V> = {
  readonly id: string;
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly error: string | undefined;
};

export type Draft<T> = {
  readonly values: T;
  readonly field: <K extends keyof T & string>(key: K) => Binding<T[K]>;
  /** Changes some fields, leaving the others as they are. */
  readonly change: (patch: Partial<T>) => void;
};

export function useDraft<T extends object>(
  idPrefix: string,
  initial: T | (() => T),
  /** The problems of the last answer, by field (its key in the draft). */
  errors: Readonly<Record<string, string>> = {},
): Draft<T> {
  const [values, setValues] = useState(initial);
  const change = (patch: Partial<T>) => setValues((v) => ({ ...v, ...patch }));
  const field = <K extends keyof T & string>(key: K): Binding<T[K]> => ({
    id: `${idPrefix}-${key}`,
    value: values[key],
    onChange: (value) => setValues((v) => ({ ...v, [key]: value })),
    error: errors[key],
  });
  return { values, field, change };
}
