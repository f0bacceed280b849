import type { ReactNode } from 'react';
import { cx } from './cx';

export type Column = { label: ReactNode; className?: string };

/**
 * A data table in a bordered card that scrolls sideways on a phone instead of squeezing.
 * The caption names it for screen readers (the page heading already does for the eye);
 * every column header is `scope="col"`. Rows are the caller's `<tr>`s.
 */
export function Table({
  caption,
  columns,
  children,
  className,
  bodyClassName,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
  /** On the table, e.g. a minimum width for many columns. */
  className?: string;
  bodyClassName?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className={cx('w-full text-left text-sm', className)}>
        <caption className="sr-only">{caption}</caption>
        <TableHead
          className="bg-surface text-muted"
          columns={columns.map((column) => ({ ...column, className: cx('px-4 py-2 font-medium', column.className) }))}
        />
        <tbody className={cx('divide-y divide-line', bodyClassName)}>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A header row for any table, bordered card or not: every column header is `scope="col"`.
 * `className` goes on the `<thead>`, `rowClassName` on its row.
 */
export function TableHead({
  columns,
  className,
  rowClassName,
}: {
  columns: Column[];
  className?: string;
  rowClassName?: string;
}) {
  return (
    <thead className={className}>
      <tr className={rowClassName}>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={column.className}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
