// Where the transit API's refusals go on a form: the field an error's path names, a row of a list by
// its place (`body.vehicles.1.seats` is `seats-1`), each said in a sentence of the reader's language;
// and the rows' fields keyed the same way, so that a blank one is marked where a refusal would be.
import type { ApiProblem } from '../../api/problem';

/** The form's field an API path names; the list's rows are keyed `<field>-<place>`. */
function fieldOf(path: string, list: string): string | undefined {
  const [root, ...rest] = path.split(/[/.[\]]+/).filter((s) => s !== '' && s !== 'body');
  if (root === list && rest.length === 2) return `${rest[1]}-${rest[0]}`;
  return rest.length === 0 ? root : undefined;
}

/**
 * The sentence beside each field the API refused, by the field's name (a row's field by its name
 * alone: `seats` for every vehicle's seats). The server words its own messages in English.
 */
export function refusedFields(
  problem: ApiProblem | null,
  list: string,
  sentences: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const field = fieldOf(e.path, list);
    const text = field === undefined ? undefined : sentences[field.split('-')[0] ?? ''];
    if (field !== undefined && text !== undefined) out[field] ??= text;
  }
  return out;
}

/**
 * The named fields of each row keyed with its place, as the API's refusals of them are (`plate-0`,
 * `seats-1`…): for the form's required fields, marked beside the same field a refusal is.
 */
export function rowFields<F extends string, Row extends Readonly<Record<F, string>>>(
  rows: readonly Row[],
  fields: readonly F[],
): Record<string, string> {
  return Object.fromEntries(rows.flatMap((row, place) => fields.map((f) => [`${f}-${place}`, row[f]])));
}
