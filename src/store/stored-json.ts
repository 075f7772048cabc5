// Reading back the JSON Paso keeps in text columns: parsed with its schema, so a value that is not what
// Paso wrote there (a hand edit, a bad restore, an old format) is a named error, not a value of the
// wrong type travelling on (docs/decisions/0005).
import type { ZodType } from 'zod';

/** Where a stored value lives: its table and column, and the row's key. */
export interface StoredAt {
  readonly table: string;
  readonly column: string;
  readonly key: string;
}

/**
 * A stored value that does not match its shape. Thrown, not returned: the database holding something
 * Paso never writes is a broken invariant, and the server logs it with the request id.
 */
export class StoredValueError extends Error {
  readonly code = 'store.invalid-value';
  constructor(
    readonly at: StoredAt,
    readonly problem: string,
  ) {
    super(`${at.table}.${at.column} of ${at.key} is not what Paso stores there: ${problem}`);
    this.name = 'StoredValueError';
  }
}

/** The JSON text as a value, still to be checked; StoredValueError when it is not JSON. */
export function parseStoredJson(text: string, at: StoredAt): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new StoredValueError(at, e instanceof Error ? e.message : 'not JSON');
  }
}

/** The stored JSON parsed with its schema; StoredValueError naming the first field that does not fit. */
export function readStoredJson<T>(text: string, schema: ZodType<T>, at: StoredAt): T {
  const parsed = schema.safeParse(parseStoredJson(text, at));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  throw new StoredValueError(at, `${path === '' ? '(the value)' : path}: ${issue?.message ?? 'invalid'}`);
}

/** A JSON object (not an array, not null), for bodies whose fields are narrowed one by one where read. */
export function readStoredObject(text: string, at: StoredAt): Readonly<Record<string, unknown>> {
  const value = parseStoredJson(text, at);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new StoredValueError(at, '(the value): expected an object');
  }
  return value as Record<string, unknown>;
}
