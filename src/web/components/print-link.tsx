// A link to a PDF to print (a travel pass, a convoy's passes), opened in a new tab so the page and
// what was typed on it stay where they were.
import type { ReactNode } from 'react';

type Props = {
  readonly href: string;
  readonly className?: string;
  /** A longer name for screen readers, where the text alone ("ES") does not say whose PDF it is. */
  readonly ariaLabel?: string;
  readonly children: ReactNode;
};

export function PrintLink({ href, className, ariaLabel, children }: Props) {
  return (
    <a className={className} href={href} target="_blank" rel="noreferrer" aria-label={ariaLabel}>
      {children}
    </a>
  );
}
