// A page section about one resource from the API: its heading (which names the section for screen
// readers), an optional action beside the heading and lead under it, then the resource as LoadableView
// shows it.
import type { ReactNode, Ref } from 'react';
import type { Loadable } from '../hooks/use-api-data';
import { LoadableView } from './loadable-view';

type Props<T> = {
  /** The heading's id; the section is labelled by it. */
  readonly id: string;
  readonly title: ReactNode;
  readonly state: Loadable<T>;
  readonly onRetry: () => void;
  /** A control beside the heading (a refresh button, a link to the full page). */
  readonly action?: ReactNode;
  /** Shown under the heading whatever the resource's state: what the section is for, its rule. */
  readonly lead?: ReactNode;
  readonly className?: string;
  readonly testId?: string;
  /** Shown under the resource whatever its state: a note on what it holds. */
  readonly footer?: ReactNode;
  /** For a section that sends focus to its heading (a page of a list turned): the heading takes it. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly children: (value: T) => ReactNode;
};

export function LoadedSection<T>(props: Props<T>) {
  const heading =
    props.headingRef === undefined ? (
      <h2 id={props.id}>{props.title}</h2>
    ) : (
      <h2 id={props.id} tabIndex={-1} ref={props.headingRef}>
        {props.title}
      </h2>
    );
  return (
    <section aria-labelledby={props.id} className={props.className} data-testid={props.testId}>
      {props.action === undefined ? (
        heading
      ) : (
        <div className="section-header">
          {heading}
          {props.action}
        </div>
      )}
      {props.lead}
      <LoadableView state={props.state} onRetry={props.onRetry}>
        {props.children}
      </LoadableView>
      {props.footer}
    </section>
  );
}
