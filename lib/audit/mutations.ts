import { desc, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { auditEvents, type AuditChanges, type AuditEntityType } from '@/db/schema';
import { bodyHash, changesText, GENESIS, linkHash } from './chain';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entityType: AuditEntityType;
  entityId: number | null;
  changes?: AuditChanges;
};

/** An event's place in the chain: what printed documents carry as their anchor. */
export type AuditLink = { id: number; hash: string };

/**
 * Writes an audit event inside the caller's transaction, so the change and its record land
 * together, as the next link of the hash chain (decision 0012). The caller's transaction must
 * take the write lock at its start (IMMEDIATE): the head read here is then the real head, and a
 * second process waits instead of failing with SQLITE_BUSY on a stale snapshot.
 */
export function recordAudit(tx: Tx, entry: AuditEntry, at: Date = new Date()): AuditLink {
  const head = tx.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get();
  if (head && head.hash === null) throw new Error('The audit chain is not sealed: run the migrations (npm run db:migrate) first.');
  const id = (head?.id ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS;
  // Written as text here (the column's json mode would write the same JSON.stringify), so the
  // hash covers exactly the bytes stored.
  const changes = changesText(entry.changes);
  const body = bodyHash({ actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, changes, createdAt: at.getTime() });
  const hash = linkHash(id, prevHash, body);
  tx.run(
    sql`insert into audit_events (id, actor_id, action, entity_type, entity_id, changes, created_at, prev_hash, hash)
        values (${id}, ${entry.actorId}, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${changes}, ${at.getTime()}, ${prevHash}, ${hash})`,
  );
  return { id, hash };
}

/** The fields whose values differ, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): AuditChanges {
  const changes: AuditChanges = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    const same = old instanceof Date && value instanceof Date ? old.getTime() === value.getTime() : old === value;
    if (!same && value !== undefined) changes[key] = [old ?? null, value ?? null];
  }
  return changes;
}
