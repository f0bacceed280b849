import { firstPublishedResultMismatch } from '@/lib/awards/data';
import { firstPledgeSignatureMismatch } from '@/lib/pledges/data';
import type { AnchorMismatch } from './anchor-report';

type Database = Parameters<typeof firstPledgeSignatureMismatch>[0];

/**
 * The records the chain anchors, checked against their events (decision 0012): pledge signatures
 * and countersignatures (the hash signed), then published results (the count). The first that
 * disagrees, or null. The chain walk cannot see these: their events are intact.
 */
export function firstAnchorMismatch(database?: Database): AnchorMismatch | null {
  return firstPledgeSignatureMismatch(database) ?? firstPublishedResultMismatch(database);
}
