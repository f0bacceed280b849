import crypto from 'node:crypto';

/**
 * The audit log's hash chain, written once here and specified in decision 0012 so that
 * anyone can re-implement the check. Pure: no database, so the offline evidence
 * verifier uses exactly the same code as the server.
 *
 *   body  = SHA-256( JSON(["convene-audit/1", actorId, action, entityType, entityId, changes, createdAtMs]) )
 *   hash  = SHA-256( JSON(["convene-audit/1", id, prevHash, body]) )
 *
 * JSON(...) is an array written as JSON.stringify writes it: no whitespace, strings escaped
 * the ECMAScript way; `changes` enters as the exact text of the changes column (itself
 * JSON) or null, so nothing is re-serialized and a verifier never has to agree with us on
 * key order. Hashes are lowercase hex of SHA-256 over the UTF-8 bytes.
 *
 * Two levels so that an event can be shown as (id, prevHash, body, hash) without its
 * content and the chain through it still checks (evidence packages do that).
 */
export const CHAIN_VERSION = 'convene-audit/1';
/** prev_hash of the first event. */
export const GENESIS = '0'.repeat(64);

export type ChainBody = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: number | null;
  /** The text of the changes column (JSON), or null. */
  changes: string | null;
  createdAt: number;
};

/** An event as the chain sees it: its content, or only the digest of its content. */
export type ChainLink = { id: number; prevHash: string | null; hash: string | null } & (
  { body: ChainBody } | { bodyHash: string }
);

// crypto.hash (Node ≥ 20.12) is the one-shot form, three times faster than createHash on short inputs.
const sha256 = (text: string): string => crypto.hash('sha256', text, 'hex');

/** The text stored in the changes column for a value: what drizzle's json mode writes. */
export function changesText(changes: unknown): string | null {
  return changes === undefined || changes === null ? null : JSON.stringify(changes);
}

export function bodyHash(body: ChainBody): string {
  return sha256(
    JSON.stringify([
      CHAIN_VERSION,
      body.actorId,
      body.action,
      body.entityType,
      body.entityId,
      body.changes,
      body.createdAt,
    ]),
  );
}

export function linkHash(id: number, prevHash: string, body: string): string {
  return sha256(JSON.stringify([CHAIN_VERSION, id, prevHash, body]));
}

export type ChainBreak = {
  /** The first event that does not check. */
  id: number;
  reason: 'unsealed' | 'content' | 'link' | 'missing' | 'order';
  /** For 'missing': the ids that are gone. */
  missing?: [number, number];
};

export type ChainReport = {
  /** Events read. */
  count: number;
  /** Id and hash of the last event that checks (null: none). */
  verifiedUpTo: number | null;
  head: string | null;
  broken: ChainBreak | null;
};

/**
 * Walks events in id order. The first must link to `start` (GENESIS for a whole log,
 * null to take a slice's first prevHash as given); each next one to the previous hash.
 * Stops at the first break.
 */
export function verifyLinks(links: Iterable<ChainLink>, start: string | null = GENESIS): ChainReport {
  let previous: { id: number; hash: string } | null = null;
  let count = 0;
  for (const link of links) {
    count += 1;
    const report = (reason: ChainBreak['reason'], missing?: [number, number]): ChainReport => ({
      count,
      verifiedUpTo: previous?.id ?? null,
      head: previous?.hash ?? null,
      broken: { id: link.id, reason, ...(missing ? { missing } : {}) },
    });
    if (link.hash === null || link.prevHash === null) return report('unsealed');
    if (previous && link.id <= previous.id) return report('order');
    const expectedPrev = previous ? previous.hash : start;
    if (expectedPrev !== null && link.prevHash !== expectedPrev) {
      const firstExpected = previous ? previous.id + 1 : 1;
      return link.id > firstExpected && (previous || start === GENESIS)
        ? report('missing', [firstExpected, link.id - 1])
        : report('link');
    }
    const body = 'body' in link ? bodyHash(link.body) : link.bodyHash;
    if (linkHash(link.id, link.prevHash, body) !== link.hash) return report('content');
    previous = { id: link.id, hash: link.hash };
  }
  return { count, verifiedUpTo: previous?.id ?? null, head: previous?.hash ?? null, broken: null };
}

/** The columns of audit_events in this order, as SQLite returns them raw. */
export const CHAIN_COLUMNS = 'id, prev_hash, hash, actor_id, action, entity_type, entity_id, changes, created_at';
export type ChainRow = [
  number,
  string | null,
  string | null,
  number | null,
  string,
  string,
  number | null,
  string | null,
  number,
];

export function linkFromRow(row: ChainRow): ChainLink & { body: ChainBody } {
  const [id, prevHash, hash, actorId, action, entityType, entityId, changes, createdAt] = row;
  return { id, prevHash, hash, body: { actorId, action, entityType, entityId, changes, createdAt } };
}
