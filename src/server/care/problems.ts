// A care rule's refusal as the API's problem: the same code, its detail, and whom it is about.
import type { CareError } from '../../domain/care';
import type { Result } from '../../domain/shared';
import { Problem } from '../problems';

export function orProblem<T>(result: Result<T, CareError>): T {
  if (result.ok) return result.value;
  const { code, detail, ids } = result.error;
  throw new Problem(code, detail, ids ? { ids } : undefined);
}
