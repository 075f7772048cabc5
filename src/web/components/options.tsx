// The options of a select, one for each item of a list: the value the form keeps and the name a person
// reads. Every select of the app lists its items this way.
import type { ReactNode } from 'react';

type Props<T> = {
  readonly items: readonly T[];
  /** What the select's value is when the item is chosen; unique within the list. */
  readonly value: (item: T) => string | number;
  /** The name a person reads for the item. */
  readonly label: (item: T) => ReactNode;
};

export function Options<T>({ items, value, label }: Props<T>) {
  return items.map((item) => {
    const v = value(item);
    return (
      <option key={v} value={v}>
        {label(item)}
      </option>
    );
  });
}
