/**
 * A record the audit chain anchors (decision 0012) that no longer agrees with its event: the
 * forgery a chain walk alone cannot see, because the event itself is intact.
 */
export type AnchorMismatch = {
  /** What kind of record, and its id in its table. */
  record: 'pledgeSignature' | 'publishedResult';
  id: number;
  /** The event that anchors it (null: none found). */
  eventId: number | null;
  /**
   * notInChain: no event anchors the record; chainHash: the stored hash differs from the one in
   * the event; text: the text rebuilt from the database differs from the stored hash;
   * count: a recount of the ballots differs from the count in the publish event.
   */
  problem: 'notInChain' | 'chainHash' | 'text' | 'count';
};

/** The mismatches one anchored record can have, each naming the record and the event that anchors it. */
export const mismatchOf =
  (record: AnchorMismatch['record'], id: number, eventId: number | null) =>
  (problem: AnchorMismatch['problem']): AnchorMismatch => ({ record, id, eventId, problem });

const problems = {
  notInChain: 'has no event in the audit chain',
  chainHash: 'stores a hash that differs from the one its chain event recorded (the record was rewritten)',
  text: 'no longer hashes to its stored hash (its text was rewritten)',
  count: 'recounts to other figures than its publish event recorded (ballots were rewritten)',
} as const;

const records = { pledgeSignature: 'pledge signature', publishedResult: 'published result of voting round' } as const;

/** One line for operators, in English like the rest of audit:verify. */
export function describeAnchorMismatch(mismatch: AnchorMismatch | null): string {
  if (!mismatch) return 'Anchored records OK: every pledge signature and published result matches its chain event.';
  const event = mismatch.eventId === null ? '' : ` (chain event ${mismatch.eventId})`;
  return `Anchored record BROKEN: ${records[mismatch.record]} ${mismatch.id}${event} ${problems[mismatch.problem]}.`;
}
