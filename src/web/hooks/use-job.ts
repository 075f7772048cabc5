// Follows a job the server runs off the request path (202 and a job to follow): asks how it is going
// until it has succeeded or failed. A failed job's problem is shown like any failed request's.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../api/client';
import { api } from '../api/paso';
import type { ApiProblem } from '../api/problem';
import type { Job } from '../api/types';

const POLL_MS = 750;

export type JobFollower = {
  /** From the click until the job has ended (or could not be followed). */
  readonly busy: boolean;
  /** The job as last seen. */
  readonly job: Job | null;
  readonly problem: ApiProblem | null;
  /** Starts a job and follows it; resolves with the job as it ended, or null. */
  readonly follow: (start: () => Promise<ApiResult<Job>>) => Promise<Job | null>;
};

export const isUnderWay = (job: Job): boolean => job.status === 'queued' || job.status === 'running';

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function useJob(): JobFollower {
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const following = useRef<AbortController | null>(null);
  // Leaving the page stops asking.
  useEffect(() => () => following.current?.abort(), []);

  const follow = useCallback(async (start: () => Promise<ApiResult<Job>>): Promise<Job | null> => {
    following.current?.abort();
    const abort = new AbortController();
    following.current = abort;
    setBusy(true);
    setProblem(null);
    setJob(null);
    let answer = await start();
    while (answer.ok && isUnderWay(answer.value) && !abort.signal.aborted) {
      setJob(answer.value);
      await pause(POLL_MS, abort.signal);
      if (!abort.signal.aborted) answer = await api.getJob(answer.value.id, { signal: abort.signal });
    }
    if (abort.signal.aborted) return null;
    setBusy(false);
    if (!answer.ok) {
      setProblem(answer.error);
      return null;
    }
    setJob(answer.value);
    if (answer.value.problem) setProblem({ ...answer.value.problem, errors: [] });
    return answer.value;
  }, []);

  return { busy, job, problem, follow };
}
