// One fact in a description list (`<dl className="facts">`): its label and its value, kept together
// in a div so the pair wraps as one.
import type { ReactNode } from 'react';

export function Fact({ label, children }: { readonly label: ReactNode; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
