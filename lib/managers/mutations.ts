/**
 * Adding and removing the people who run one record (decision 0014): meeting organizers,
 * award managers and pledge campaign managers follow the same rules. Each domain checks its
 * own permission first, in the same transaction, and then calls these.
 */
import { and, count, eq, ne } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db';
import { users } from '@/db/schema';
import type { AuditEntityType } from '@/db/schema/enums';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError, type AppErrorCode } from '@/lib/errors';
import type { ManagerTable } from './data';

export type ManagerList<T extends ManagerTable> = {
  table: T;
  /** The table's record id column (meeting, award or campaign). */
  recordColumn: SQLiteColumn;
  row: (recordId: number, userId: number) => T['$inferInsert'];
  /** Whether a new manager needs the site role: the organizer pages they would work on require it. */
  needsSiteRole: boolean;
  refusals: { already: AppErrorCode; last: AppErrorCode };
  audit: { entityType: AuditEntityType; added: string; removed: string };
};

/** Who is added to or removed from which record, and who does it. */
type ManagerChange = { recordId: number; userId: number; actorId: number | null };

export function addManager<T extends ManagerTable>(tx: Tx, list: ManagerList<T>, change: ManagerChange): void {
  const { recordId, userId, actorId } = change;
  const person = tx
    .select({ archivedAt: users.archivedAt, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!person || person.archivedAt) throw new AppError('notFound', { field: 'userId' });
  if (list.needsSiteRole && person.role === 'member') throw new AppError('managerNeedsRole', { field: 'userId' });
  const inserted = tx.insert(list.table).values(list.row(recordId, userId)).onConflictDoNothing().run();
  if (inserted.changes === 0) throw new AppError(list.refusals.already, { field: 'userId' });
  recordAudit(tx, {
    actorId,
    action: list.audit.added,
    entityType: list.audit.entityType,
    entityId: recordId,
    changes: { userId },
  });
}

export function removeManager<T extends ManagerTable>(tx: Tx, list: ManagerList<T>, change: ManagerChange): void {
  const { recordId, userId, actorId } = change;
  const { table, recordColumn } = list;
  const remaining =
    tx
      .select({ n: count() })
      .from(table)
      .where(and(eq(recordColumn, recordId), ne(table.userId, userId)))
      .get()?.n ?? 0;
  // Someone must be left who can run the record without calling an admin.
  if (remaining === 0) throw new AppError(list.refusals.last);
  const removed = tx
    .delete(table)
    .where(and(eq(recordColumn, recordId), eq(table.userId, userId)))
    .run();
  if (removed.changes === 0) throw new AppError('notFound');
  recordAudit(tx, {
    actorId,
    action: list.audit.removed,
    entityType: list.audit.entityType,
    entityId: recordId,
    changes: { userId },
  });
}
