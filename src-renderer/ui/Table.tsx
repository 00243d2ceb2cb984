import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useScrollsSideways } from './scrolls-sideways.js';
import type { ColumnSpec } from './TableHead.js';
import { TableHead } from './TableHead.js';

/**
 * A data table with a caption (its accessible name) that scrolls sideways on narrow screens. While
 * it scrolls, its wrapper is a named region in the tab order, so keyboard users can reach and
 * scroll it too; a table that fits adds no tab stop. A head of one row comes from `columns`; a table
 * whose head has more rows writes its own `thead` among the children.
 */
export function Table({
  caption,
  captionHidden = false,
  columns,
  children,
  className,
}: {
  caption: string;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  /** The head row's columns; `false` leaves one out. */
  columns?: readonly (ColumnSpec | false)[];
  children: ReactNode;
  className?: string;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(wrapper);
  return (
    <div
      ref={wrapper}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <table className={['table', className].filter(Boolean).join(' ')}>
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        {columns && <TableHead columns={columns} />}
        {children}
      </table>
    </div>
  );
}
