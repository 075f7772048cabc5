// A row of headline figures (label above, number below), as a description list.
import type { ReactNode } from 'react';

export type Figure = {
  readonly id: string;
  readonly label: string;
  readonly value: ReactNode;
  readonly note?: string;
};

export function Figures({ items, label }: { readonly items: readonly Figure[]; readonly label: string }) {
  return (
    <dl className="figures" aria-label={label}>
      {items.map((item) => (
        <div className="figure" key={item.id} data-testid={`figure-${item.id}`}>
          <dt>{item.label}</dt>
          <dd>
            <span className="figure-value">{item.value}</span>
            {item.note === undefined ? null : <span className="figure-note">{item.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
