import type { ReactNode } from 'react';

/** A column's heading, and how it shows: figures right-aligned, or words only a screen reader says. */
export interface Column {
  label: ReactNode;
  numeric?: boolean;
  className?: string;
  /** For a column whose cells say what they are (a row's buttons): named, but not shown. */
  hidden?: boolean;
}

/** A column by its words alone, or with how it shows. */
export type ColumnSpec = string | Column;

/** A column of figures. */
export function numeric(label: ReactNode, className?: string): Column {
  return className === undefined ? { label, numeric: true } : { label, numeric: true, className };
}

/**
 * A table's head of one row, a column heading each; `false` leaves out a column the table does
 * not show this time (its rows leave out the cell the same way).
 */
export function TableHead({ columns }: { columns: readonly (ColumnSpec | false)[] }) {
  return (
    <thead>
      <tr>
        {columns
          .filter((column) => column !== false)
          .map((column, index) => {
            const { label, numeric, className, hidden }: Column =
              typeof column === 'string' ? { label: column } : column;
            const classes = [numeric && 'numeric', className].filter(Boolean).join(' ');
            return (
              // By place: headings hold no state, and two may read the same (a blank corner).
              <th key={index} scope="col" className={classes || undefined}>
                {hidden ? <span className="visually-hidden">{label}</span> : label}
              </th>
            );
          })}
      </tr>
    </thead>
  );
}
