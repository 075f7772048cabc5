// The first answer of a question asked in place of a button (QuestionBox): focus lands on it when the
// question opens, so Enter gives that answer by keyboard; it is off while an answer is being sent.
import type { ReactNode } from 'react';
import { useFocusOnOpen } from '../hooks/use-focus-on-open';

type Props = {
  /**
   * `primary` where the first answer is the one the question leads to; `secondary` where it is not;
   * `danger` where it takes something away from someone.
   */
  readonly tone: 'primary' | 'secondary' | 'danger';
  readonly busy: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
};

export function FirstAnswer({ tone, busy, onClick, children }: Props) {
  const button = useFocusOnOpen<HTMLButtonElement>();
  return (
    <button type="button" className={`button button-${tone}`} ref={button} disabled={busy} onClick={onClick}>
      {children}
    </button>
  );
}
