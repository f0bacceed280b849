import { index, primaryKey, sqliteTable, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt } from './columns';
import { users } from './users';

/**
 * Who runs one record besides admins (decision 0014): a meeting's organizers, an award's
 * or a pledge campaign's managers. One row per person and record, both deleted with the
 * record or the person; the index answers "what do I run?".
 */
export function recordManagers<Name extends string, RecordKey extends string>(
  name: Name,
  recordKey: RecordKey,
  recordColumn: string,
  record: () => AnySQLiteColumn,
) {
  const recordId = { [recordKey]: belongsTo(recordColumn, record) } as {
    [key in RecordKey]: ReturnType<typeof belongsTo>;
  };
  return sqliteTable(
    name,
    { ...recordId, userId: belongsTo('user_id', () => users.id), createdAt: createdAt() },
    (t) => [primaryKey({ columns: [t[recordKey], t.userId] }), index(`${name}_user_idx`).on(t.userId)],
  );
}
