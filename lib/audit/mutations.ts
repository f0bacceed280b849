import type { Tx } from '@/db';
import { auditEvents, type AuditChanges, type AuditEntityType } from '@/db/schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entityType: AuditEntityType;
  entityId: number | null;
  changes?: AuditChanges;
};

/** Writes an audit event inside the caller's transaction, so the change and its record land together. */
export function recordAudit(tx: Tx, entry: AuditEntry, at: Date = new Date()): void {
  tx.insert(auditEvents)
    .values({ ...entry, changes: entry.changes ?? null, createdAt: at })
    .run();
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
