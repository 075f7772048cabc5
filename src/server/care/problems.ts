// A care rule's refusal as the API's problem: the same code, its detail, and whom it is about.
import type { CareError } from '../../domain/care';
import type { Result } from '../../domain/shared';
import { Problem } from '../problems';

export function orProblem<T>(result: Result<T, CareError>): T {
  if (result.ok) return result.value;
  const { code, detail, ids, lookAlikes } = result.error;
  // Beds set below the people in them: the kinds at fault are the body's fields, for a form to mark.
  if (code === 'care.beds-below-occupancy' && ids) {
    const message = 'fewer beds than people staying in them';
    const errors = ids.map((kind) => ({ path: `body.beds.${kind}`, message, code }));
    throw new Problem(code, detail, { ids, errors });
  }
  throw new Problem(
    code,
    detail,
    ids || lookAlikes ? { ids, ...(lookAlikes ? { lookAlikes } : {}) } : undefined,
  );
}
