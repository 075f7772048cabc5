// What the page shows when a part of it cannot be drawn — a map whose code could not be fetched (a
// device offline, or a server updated since the page was opened), or a fault in the app — instead of
// an empty window: the rest of the page, the navigation and what waits on the device stay as they are,
// and reloading the page is offered. React catches such a fault only in a class component.
import { Component, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  readonly children: ReactNode;
  /** What the part is, for its message. */
  readonly part: 'page' | 'map';
  /** A change of this key (the page's path) draws the children again after a fault. */
  readonly resetKey?: string;
};

type State = { readonly failed: boolean; readonly key: string | undefined };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Another page: its content is drawn afresh, whatever failed on the one before.
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render() {
    return this.state.failed ? <PartFailure part={this.props.part} /> : this.props.children;
  }
}

/** A part whose code is loaded on its own (React.lazy): "loading" while it comes, said in its place if it cannot. */
export function LazyPart({ part, children }: { readonly part: Props['part']; readonly children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary part={part}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

function PartFailure({ part }: { readonly part: Props['part'] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error part-failure" role="alert" data-testid={`failed-${part}`}>
      <p>
        <strong>{part === 'map' ? t('failure.map') : t('failure.page')}</strong>
      </p>
      <p>{t('failure.kept')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('failure.reload')}
        </button>
      </p>
    </div>
  );
}
