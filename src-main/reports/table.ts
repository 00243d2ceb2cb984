// A report's table, built one way for every report: a caption, a head of column names and the
// body's rows. The rows are the caller's, since what a cell holds is each report's own.
import type { Html } from './html.js';
import { html } from './html.js';

/** A column: its head, and whether it holds figures (right-aligned) or long text (wide). */
export interface Column {
  head: string;
  align?: 'num' | 'wide';
}

/** A column by its head alone, or with its alignment. */
export type ColumnSpec = string | Column;

/**
 * A table with this caption; `false` in `columns` leaves out a column the report does not show
 * this time (its rows leave out the cell the same way). `className` marks a table the style sheet
 * sets apart.
 */
export function table(
  caption: string,
  columns: readonly (ColumnSpec | false)[],
  rows: readonly Html[],
  className?: string,
): Html {
  const heads = columns.filter((c) => c !== false).map(headCell);
  const body = html`
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${heads}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  `;
  return className
    ? html`<table class="${className}">
        ${body}
      </table>`
    : html`<table>
        ${body}
      </table>`;
}

/** A column that holds figures. */
export function num(head: string): Column {
  return { head, align: 'num' };
}

function headCell(column: ColumnSpec): Html {
  const { head, align } = typeof column === 'string' ? { head: column, align: null } : column;
  return align
    ? html` <th scope="col" class="${align}">${head}</th>`
    : html` <th scope="col">${head}</th>`;
}
