// One write a care form makes: its id, made in the browser and kept until the server has answered it
// (sending again after a lost answer reuses it, so the server applies the write once; a new one after
// success), busy and the refusal while it runs, and the sentence that says it was done.
import { type FormEvent, useCallback, useState } from 'react';
import { newId } from '../../../api/ids';
import type { ApiResult } from '../../api/client';
import { FormFeedback } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { type ApiCall, useApiCall } from '../../hooks/use-api-call';
import { CareProblem } from './care-words';

export type CareWrite = {
  readonly call: ApiCall;
  readonly done: string | null;
  /** Sends the write under its id; on success renews the id, says `doneText` and runs `then`. */
  readonly submit: <T>(
    event: FormEvent<HTMLFormElement>,
    write: (id: string) => Promise<ApiResult<T>>,
    doneText: string,
    then: () => void,
  ) => Promise<void>;
};

export function useCareWrite(): CareWrite {
  const [id, setId] = useState(() => newId());
  const call = useApiCall();
  const [done, setDone] = useState<string | null>(null);
  const { run } = call;
  const submit = useCallback(
    async <T,>(
      event: FormEvent<HTMLFormElement>,
      write: (id: string) => Promise<ApiResult<T>>,
      doneText: string,
      then: () => void,
    ) => {
      event.preventDefault();
      setDone(null);
      const result = await run(() => write(id));
      if (!result.ok) return;
      setId(newId());
      then();
      setDone(doneText);
    },
    [id, run],
  );
  return { call, done, submit };
}

type EndProps = {
  readonly write: CareWrite;
  readonly label: string;
  /** Whether the form is not ready to send yet (besides while it is sending). */
  readonly incomplete: boolean;
  /** The place whose stock would run short, for a movement's refusal. */
  readonly place?: string;
};

/** The end of a care form: the refusal or the sentence that it was done, and the submit button. */
export function CareFormEnd({ write, label, incomplete, place }: EndProps) {
  return (
    <>
      <CareProblem problem={write.call.problem} {...(place === undefined ? {} : { place })} />
      <FormFeedback success={write.done} />
      <SubmitRow label={label} disabled={write.call.busy || incomplete} />
    </>
  );
}
