import { and, asc, eq, isNull, ne, notInArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { db, type Tx } from '@/db';
import { users } from '@/db/schema';

/**
 * The managers of one record (decision 0014): meetings (their organizers), awards and pledge
 * campaigns keep them in tables of the same shape, (record id, user id). `recordColumn` is the table's record id.
 */
export type ManagerTable = SQLiteTable & { userId: SQLiteColumn };

/** The ids of the record's managers as they are now, read in the caller's transaction for a permission check. */
export function managerIdsOf(
  table: ManagerTable,
  recordColumn: SQLiteColumn,
  recordId: number,
  reader: Tx | typeof db = db,
): number[] {
  return reader
    .select({ userId: table.userId })
    .from(table)
    .where(eq(recordColumn, recordId))
    .all()
    .map((row) => row.userId as number); // an integer column (users.id); ManagerTable does not carry its type
}

export function listManagersOf(table: ManagerTable, recordColumn: SQLiteColumn, recordId: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(table)
    .innerJoin(users, eq(users.id, table.userId))
    .where(eq(recordColumn, recordId))
    .orderBy(asc(users.name))
    .all();
}

/** Who could become a manager: active site organizers and admins not yet managing the record. */
export function listManagerCandidatesOf(table: ManagerTable, recordColumn: SQLiteColumn, recordId: number) {
  const current = db.select({ userId: table.userId }).from(table).where(eq(recordColumn, recordId));
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(isNull(users.archivedAt), ne(users.role, 'member'), notInArray(users.id, current)))
    .orderBy(asc(users.name))
    .all();
}
