// A care form and the one write it makes, idempotent by its id: busy and the refusal while it runs,
// then the sentence that says it was done.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiResult } from '../../api/client';
import { FormFeedback } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { CareProblem } from './care-words';

type Props = {
  readonly className?: string;
  /** The write, under the id it is given. */
  readonly send: (id: string) => Promise<ApiResult<unknown>>;
  /** The sentence that says the write was done. */
  readonly doneText: string;
  /** Empties the form once the server has accepted the write. */
  readonly clear: () => void;
  /** Then tells the page, which reloads what the write changed. */
  readonly onDone: () => void;
  readonly submitLabel: string;
  /** Whether the fields can be sent; a field that cannot says why itself. */
  readonly check?: () => boolean;
  /** Whether the form is not ready to send yet (besides while it is sending). */
  readonly incomplete: boolean;
  /** The place whose stock would run short, for a movement's refusal. */
  readonly place?: string;
  /** The form's fields; the refusal or the sentence that it was done, and the button, follow them. */
  readonly children: ReactNode;
};

export function CareForm({
  className = 'form',
  send,
  doneText,
  clear,
  onDone,
  submitLabel,
  incomplete,
  check,
  place,
  children,
}: Props) {
  const { busy, problem, write } = useIdempotentWrite();
  // Whether the last write was done: its sentence is worded at each render, in the language in use.
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (check !== undefined && !check()) return;
    const result = await write(send);
    if (!result.ok) return;
    clear();
    onDone();
    setDone(true);
  }

  return (
    <form className={className} aria-busy={busy} onSubmit={(event) => void submit(event)} noValidate>
      {children}
      <CareProblem problem={problem} {...(place === undefined ? {} : { place })} />
      <FormFeedback success={done ? doneText : null} />
      <SubmitRow label={submitLabel} disabled={busy || incomplete} />
    </form>
  );
}
