import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { Tx } from '@/db';
import type { AuditChanges, AuditEntityType } from '@/db/schema';
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
  const { head, insert } = statementsOf(tx);
  const last = head.get() as { id: number; hash: string | null } | undefined;
  if (last && last.hash === null)
    throw new Error('The audit chain is not sealed: run the migrations (npm run db:migrate) first.');
  const id = (last?.id ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  // Written as text (what the column's json mode would write), so the hash covers exactly the bytes stored.
  const changes = changesText(entry.changes);
  const createdAt = at.getTime();
  const body = bodyHash({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes,
    createdAt,
  });
  const hash = linkHash(id, prevHash, body);
  insert.run(id, entry.actorId, entry.action, entry.entityType, entry.entityId, changes, createdAt, prevHash, hash);
  return { id, hash };
}

/**
 * The two statements, compiled once per connection: they run inside every write transaction
 * (a registration surge included), where drizzle would build and compile them on each call.
 * Per connection, not the app's one `db`: tests and tools write chains on other files too.
 */
type Statements = { head: Statement; insert: Statement };
const statements = new WeakMap<Database.Database, Statements>();
function statementsOf(tx: Tx): Statements {
  // drizzle keeps the better-sqlite3 connection on the transaction's session; it has no public accessor.
  const client = (tx as unknown as { session: { client: Database.Database } }).session.client;
  let found = statements.get(client);
  if (!found) {
    found = {
      head: client.prepare('select id, hash from audit_events order by id desc limit 1'),
      insert: client.prepare(
        'insert into audit_events (id, actor_id, action, entity_type, entity_id, changes, created_at, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
    };
    statements.set(client, found);
  }
  return found;
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
