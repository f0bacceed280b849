import type { ChainReport } from './chain';

/**
 * The admin audit page's cheap check (decision 0030). The full walk hashes every event (about a
 * second at 100,000); this remembers, in this server process's memory, the last position a walk
 * verified, and on the next view checks only:
 *   - the checkpoint event still has the hash it had (any rewrite of it or of an earlier event
 *     that recomputes the hashes changes it: the chain's hash at N depends on every event ≤ N),
 *   - as many events as then are still at or before it (a deletion or insertion changes that),
 *   - the events after it link on from it (walked in full, from the checkpoint to the head).
 * Any doubt falls back to the full walk, so a break is named exactly as `audit:verify` names it.
 * What it does not see until the next full walk: an edit of an event at or before the checkpoint
 * that leaves the stored hashes as they were (the full walk runs again at least hourly on view).
 * Memory, not the database: whoever can rewrite the chain in the file could rewrite a checkpoint
 * kept beside it, but not this process.
 */
export type ChainCheckpoint = { id: number; hash: string; eventsUpTo: number; fullWalkAt: number };

/** What the page needs from the database. */
export type ChainReader = {
  /** The whole walk from GENESIS. */
  walkAll(): ChainReport;
  /** The walk from one event (included, its hash recomputed) to the head. */
  walkFrom(id: number): ChainReport;
  hashAt(id: number): string | null;
  eventsUpTo(id: number): number;
};

export type ChainView = ChainReport & {
  /** 'full': walked from the first event now; 'since': from `since`, with the checks above. */
  walk: 'full' | 'since';
  since: number | null;
  /** When the walk from the first event that this view relies on ran (ms). */
  fullWalkAt: number;
  /** The checkpoint event's hash changed or it is gone: the chain was rewritten up to there. */
  rewritten: { id: number; was: string; now: string | null; verifiedAt: number } | null;
};

/** The oldest full walk a view relies on: edits that keep the stored hashes are found within this. */
export const FULL_WALK_EVERY_MS = 60 * 60 * 1000;

export function checkChainForView(
  reader: ChainReader,
  checkpoint: ChainCheckpoint | undefined,
  { full, now }: { full: boolean; now: number },
): { view: ChainView; checkpoint: ChainCheckpoint | undefined } {
  const walkAll = (rewritten: ChainView['rewritten']): { view: ChainView; checkpoint: ChainCheckpoint | undefined } => {
    const report = reader.walkAll();
    const complete = !report.broken && report.verifiedUpTo !== null && report.head !== null && !rewritten;
    // A rewritten chain keeps its old checkpoint: the page says so on every view, not once.
    const next: ChainCheckpoint | undefined = complete
      ? { id: report.verifiedUpTo!, hash: report.head!, eventsUpTo: report.count, fullWalkAt: now }
      : checkpoint;
    return {
      view: { ...report, walk: 'full', since: null, fullWalkAt: now, rewritten },
      checkpoint: next,
    };
  };
  if (!checkpoint) return walkAll(null);
  const hashNow = reader.hashAt(checkpoint.id);
  if (hashNow !== checkpoint.hash) {
    return walkAll({ id: checkpoint.id, was: checkpoint.hash, now: hashNow, verifiedAt: checkpoint.fullWalkAt });
  }
  if (
    full ||
    now - checkpoint.fullWalkAt >= FULL_WALK_EVERY_MS ||
    reader.eventsUpTo(checkpoint.id) !== checkpoint.eventsUpTo
  ) {
    return walkAll(null);
  }
  const report = reader.walkFrom(checkpoint.id);
  // A break after the checkpoint: the full walk names it with the same words as audit:verify.
  if (report.broken || report.head === null || report.verifiedUpTo === null) return walkAll(null);
  return {
    view: { ...report, walk: 'since', since: checkpoint.id, fullWalkAt: checkpoint.fullWalkAt, rewritten: null },
    checkpoint: {
      id: report.verifiedUpTo,
      hash: report.head,
      eventsUpTo: checkpoint.eventsUpTo + report.count - 1,
      fullWalkAt: checkpoint.fullWalkAt,
    },
  };
}
