// A supervisor's correction of one crossing or tally, sent online through POST /api/events: what the
// held-case form and the conflict card send. The server's refusal of the event (its outcome's problem)
// is answered as the request's own would be, for the form to show.
import { newId } from '../../../api/ids';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';

export type CorrectionChange =
  | { readonly void: true; readonly note?: string }
  | { readonly set: Readonly<Record<string, unknown>>; readonly note?: string };

/** Null once the server applied the correction; else why not. */
export async function postCorrection(
  checkpoint: string,
  corrects: string,
  change: CorrectionChange,
): Promise<ApiProblem | null> {
  const result = await api.postEvents([
    { kind: 'correction', id: newId(), at: new Date().toISOString(), checkpoint, corrects, ...change },
  ]);
  if (!result.ok) return result.error;
  const outcome = result.value[0];
  if (outcome?.status !== 'problem') return null;
  return {
    type: 'about:blank',
    title: outcome.problem?.title ?? '',
    status: 400,
    ...(outcome.problem?.code === undefined ? {} : { code: outcome.problem.code }),
    detail: outcome.problem?.detail ?? '',
    errors: outcome.problem?.errors ?? [],
  };
}
