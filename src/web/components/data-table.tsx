// A table of records as the pages show them: it scrolls on its own on a narrow screen, a hidden
// caption names it for screen readers, and one row of column headings tops it. Each page writes its
// own rows (and footer, where it sums them).
import type { ReactNode } from 'react';
import { TableWrap } from './scroll-box';

export type Column = {
  /** The heading; unique within the table. */
  readonly label: string;
  readonly className?: string;
  /** Said to screen readers only (a column of buttons). */
  readonly hidden?: boolean;
};

type Props = {
  readonly testId: string;
  /** Its name for screen readers; none where the section's heading names it. */
  readonly caption?: string;
  readonly columns: readonly Column[];
  /** Classes besides `table`. */
  readonly className?: string;
  readonly footer?: ReactNode;
  /** The body's rows. */
  readonly children: ReactNode;
};

export function DataTable({ testId, caption, columns, className, footer, children }: Props) {
  return (
    <TableWrap label={caption}>
      <table className={className === undefined ? 'table' : `table ${className}`} data-testid={testId}>
        {caption === undefined ? null : <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.className}>
                {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer === undefined ? null : <tfoot>{footer}</tfoot>}
      </table>
    </TableWrap>
  );
}
