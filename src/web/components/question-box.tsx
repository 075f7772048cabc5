// The frame of a question asked in place of a button (a check-out to confirm, a child's beds, a
// look-alike staying at a shelter): Escape anywhere inside it cancels, as its cancel button does.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  readonly testId: string;
  /** While the answer is being sent, Escape does nothing. */
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly children: ReactNode;
};

export function QuestionBox({ testId, busy, onCancel, children }: Props) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape inside the question cancels it, as its button does
    <div
      className="confirm-question"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      {children}
    </div>
  );
}

/** The question's cancel button, last of its actions: it does what Escape does. */
export function QuestionCancel({ busy, onCancel }: Pick<Props, 'busy' | 'onCancel'>) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
      {t('common.cancel')}
    </button>
  );
}
