import { localizedName } from '@/lib/i18n/localized-name';

/**
 * Where someone sits, as the door station, the ticket and the printouts need it.
 * `row` is the row number for a block of rows and the table number for a block of tables.
 */
export type SeatPosition = {
  blockName: string;
  blockNameEn: string | null;
  kind: 'rows' | 'tables';
  row: number;
  seat: number;
};

/** A translator for the `seating.position` messages: useTranslations('seating.position') in a component. */
export type PositionTranslate = (
  key: 'rows' | 'tables',
  values: { block: string; row: number; seat: number },
) => string;

/**
 * One line for a seat, in the reader's language: "前区 第3排12座" / "Front, row 3, seat 12";
 * "主席台 第1桌3座" / "Head table, table 1, seat 3". The block is always named, because
 * row 3 exists in every block of rows (docs/decisions/0025).
 */
export function formatSeat(t: PositionTranslate, position: SeatPosition, locale: string): string {
  const block = localizedName({ name: position.blockName, nameEn: position.blockNameEn }, locale);
  return t(position.kind, { block, row: position.row, seat: position.seat });
}
