import { stringify } from 'csv-stringify/sync';

// A cell that starts like a formula (= + - @, also their full-width forms, or a tab or
// carriage return before one) would run in Excel; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export const neutralizeCell = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * Rows as CSV for Excel: every cell, header cells included (question labels are typed by
 * organizers), through the formula neutraliser; UTF-8 with a byte-order mark, which is what
 * makes Excel on Windows open Chinese text correctly; Windows line ends.
 */
export function excelCsv(rows: readonly (readonly string[])[]): string {
  return (
    '\uFEFF' +
    stringify(
      rows.map((row) => row.map(neutralizeCell)),
      { record_delimiter: 'windows' },
    )
  );
}
