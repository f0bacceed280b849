import type { ChainReport } from './chain';

const reasons = {
  unsealed: 'has no chain hash (inserted behind the app)',
  content: 'does not hash to its stored hash (its content or position was changed)',
  link: "does not link to the event before it (that event's hash was changed, or events were reordered)",
  missing: 'links to an event that is no longer there',
  order: 'is out of order',
} as const;

/** One line for operators and scripts, in English (a console tool, like the migrations). */
export function describeChainReport(report: ChainReport): string {
  const verified =
    report.verifiedUpTo === null
      ? 'no event verified'
      : `verified up to event ${report.verifiedUpTo}, head ${report.head}`;
  if (!report.broken) return report.count === 0 ? 'Audit chain: empty.' : `Audit chain OK: ${verified}.`;
  const { id, reason, missing } = report.broken;
  const gone = missing ? ` (events ${missing[0]}–${missing[1]} were deleted)` : '';
  return `Audit chain BROKEN at event ${id}: it ${reasons[reason]}${gone}; ${verified}.`;
}
