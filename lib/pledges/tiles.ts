/**
 * The dashboard's tiles are a funnel, not a partition of statuses: every pledge
 * issued counts as issued, every one opened (or signed or declined, which needs
 * opening) as viewed, every countersigned one as signed too. Counting only the
 * current status read "issued 0 / viewed 0" once all 14 were signed.
 */
export type TileRow = {
  viewedAt: Date | null;
  declinedAt: Date | null;
  signedAt: Date | null;
  countersignedAt: Date | null;
  status: string;
};

export const tileNames = ['issued', 'viewed', 'signed', 'countersigned', 'declined', 'overdue'] as const;

export function dashboardTiles(rows: TileRow[]): Record<(typeof tileNames)[number], number> {
  const count = (test: (row: TileRow) => boolean) => rows.filter(test).length;
  return {
    issued: rows.length,
    viewed: count((row) => !!(row.viewedAt || row.signedAt || row.declinedAt)),
    signed: count((row) => !!row.signedAt),
    countersigned: count((row) => !!row.countersignedAt),
    declined: count((row) => !!row.declinedAt && !row.signedAt),
    overdue: count((row) => row.status === 'overdue'),
  };
}
