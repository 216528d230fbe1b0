// The dashboard's one data table: a caption for screen readers, column headers with scope, an
// optional row header cell, and the message shown when there is nothing to list. Columns give
// their cells as functions of the row, so each list only says what it shows.
import type { HTMLAttributes, ReactNode } from "react";

export type Column<Row> = {
  header: string;
  /** The header is read by screen readers only (e.g. a column of action links). */
  headerHidden?: boolean;
  /** This column names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
  /** Class of the column's body cells. */
  className?: string;
  cell: (row: Row) => ReactNode;
};

type Props<Row> = {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  className?: string;
  testId?: string;
  /** Attributes of a row's <tr> (id, class, aria-current). */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement>;
};

export function AdminTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  className,
  testId,
  rowProps,
}: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <table className={className ? `admin-table ${className}` : "admin-table"} data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.headerHidden ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.header} scope="row" className={column.className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={column.className}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
