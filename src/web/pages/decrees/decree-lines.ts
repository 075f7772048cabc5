// The decree form's lists, typed one item a line (named zones, measures, each unit's tasks), checked
// against what the register takes before anything is sent: a line past its length, or a list past its
// count, is said at its field with the line and the numbers. Before, the server refused it and the
// form said "not valid; see the field's hint" beside a hint ("One a line.") that named no limit.
import type { TFunction } from 'i18next';
import { DECREE_LIMITS } from '../../../domain/decrees';
import type { DecreeDraft } from './decree-draft';

type ListFault =
  | { readonly kind: 'long'; readonly line: number; readonly length: number; readonly max: number }
  | { readonly kind: 'many'; readonly count: number; readonly max: number };

/** The first fault of a list as typed: its lines numbered as the reader sees them, blank ones too. */
function listFault(text: string, longest: number): ListFault | null {
  const typed = text.split('\n').map((line) => line.trim());
  const long = typed.findIndex((line) => line.length > longest);
  if (long >= 0) return { kind: 'long', line: long + 1, length: typed[long]?.length ?? 0, max: longest };
  const count = typed.filter((line) => line !== '').length;
  return count > DECREE_LIMITS.list ? { kind: 'many', count, max: DECREE_LIMITS.list } : null;
}

const listText = (fault: ListFault, t: TFunction): string =>
  fault.kind === 'long'
    ? t('decrees.form.lineTooLong', { line: fault.line, length: fault.length, max: fault.max })
    : t('decrees.form.tooManyLines', { count: fault.count, max: fault.max });

function unitText(unit: number, fault: ListFault, t: TFunction): string {
  return fault.kind === 'long'
    ? t('decrees.form.unitTaskTooLong', { unit, line: fault.line, length: fault.length, max: fault.max })
    : t('decrees.form.unitTooManyTasks', { unit, count: fault.count, max: fault.max });
}

/** What the register would refuse in the draft's lists, by the field it is said at. */
export function listFaults(draft: DecreeDraft, t: TFunction): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  const areas = listFault(draft.areas, DECREE_LIMITS.name);
  if (areas !== null) out.areas = listText(areas, t);
  const measures = listFault(draft.measures, DECREE_LIMITS.text);
  if (measures !== null) out.measures = listText(measures, t);
  // The first unit at fault, numbered as the form lists them; a unit without a name is not sent.
  for (const [i, unit] of draft.units.entries()) {
    if (out.units !== undefined || unit.name.trim() === '') continue;
    const name = unit.name.trim().length;
    const tasks = listFault(unit.tasks, DECREE_LIMITS.text);
    if (name > DECREE_LIMITS.name)
      out.units = t('decrees.form.unitNameTooLong', { unit: i + 1, length: name, max: DECREE_LIMITS.name });
    else if (tasks !== null) out.units = unitText(i + 1, tasks, t);
  }
  return out;
}
