// Shows a resource being loaded: a status line while waiting, the problem with a retry, or the content.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../hooks/use-api-data';
import { ProblemMessage } from './problem-message';

type Props<T> = {
  readonly state: Loadable<T>;
  readonly onRetry: () => void;
  readonly children: (value: T) => ReactNode;
};

export function LoadableView<T>({ state, onRetry, children }: Props<T>) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'loading':
      return (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      );
    case 'error':
      return <ProblemMessage problem={state.problem} onRetry={onRetry} />;
    case 'ok':
      return <>{children(state.value)}</>;
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}
