// What a page shares: its title, which also names the browser tab, an optional lead under it, then
// the page's own parts.
import type { ReactNode } from 'react';
import { usePageTitle } from '../hooks/use-page-title';

type Props = {
  readonly testId: string;
  /** Classes besides `page`. */
  readonly className?: string;
  readonly title: string;
  readonly lead?: string;
  readonly children: ReactNode;
};

export function PageFrame({ testId, className, title, lead, children }: Props) {
  usePageTitle(title);
  return (
    <div className={className === undefined ? 'page' : `page ${className}`} data-testid={testId}>
      <h1>{title}</h1>
      {lead === undefined ? null : <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}
