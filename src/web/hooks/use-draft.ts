// A form's values kept as one draft: each field bound to its control by its key (the id the form's
// prefix and the key make, the value, each change, and the error the last answer gave it), changed a
// key at a time, and replaced in part or whole once the form is sent. bindFields does the binding
// alone, for a group of fields whose values a parent keeps.
import { useState } from 'react';

/** What a control takes from the draft for one of its fields. */
export type Binding<V> = {
  readonly id: string;
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly error: string | undefined;
};

type FieldOf<T> = <K extends keyof T & string>(key: K) => Binding<T[K]>;

type Draft<T> = {
  readonly values: T;
  readonly field: FieldOf<T>;
  /** Changes some fields, leaving the others as they are. */
  readonly change: (patch: Partial<T>) => void;
};

export function bindFields<T extends object>(
  idPrefix: string,
  values: T,
  set: <K extends keyof T>(key: K, value: T[K]) => void,
  /** The problems of the last answer, by field (its key in the values). */
  errors: Readonly<Record<string, string>> = {},
): FieldOf<T> {
  return (key) => ({
    id: `${idPrefix}-${key}`,
    value: values[key],
    onChange: (value) => set(key, value),
    error: errors[key],
  });
}

export function useDraft<T extends object>(
  idPrefix: string,
  initial: T | (() => T),
  errors: Readonly<Record<string, string>> = {},
  /** Called when a field is typed in: a refusal of what was sent no longer stands (call.clear). */
  onEdit?: () => void,
): Draft<T> {
  const [values, setValues] = useState(initial);
  const change = (patch: Partial<T>) => setValues((v) => ({ ...v, ...patch }));
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    onEdit?.();
  };
  return { values, field: bindFields(idPrefix, values, set, errors), change };
}

/** The bindings with more errors over their own (a required field left blank), field by field. */
export function withErrors<T>(field: FieldOf<T>, errors: Readonly<Record<string, string>>): FieldOf<T> {
  return (key) => {
    const binding = field(key);
    const error = errors[key];
    return error === undefined ? binding : { ...binding, error };
  };
}
