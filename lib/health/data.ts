import type { Statement } from 'better-sqlite3';
import { db } from '@/db';
import { migrationTag } from '@/db/backup/schema-version';

export type DatabaseHealth =
  { ok: true; users: number; schemaVersion: string | null; lastBackupAt: Date | null } | { ok: false };

/**
 * Touches the database for real: a read that needs the file open and the schema
 * migrated. One statement over two tiny tables and an index, since this is the
 * route the benchmarks measure everything else against.
 */
let health: Statement<[], { users: number; migratedAt: number | null; lastBackupAt: number | null }> | null = null;

export function checkDatabase(): DatabaseHealth {
  try {
    health ??= db.$client.prepare(`
      select (select count(*) from users) as users,
             (select max(created_at) from __drizzle_migrations) as migratedAt,
             (select max(finished_at) from backups where ok = 1) as lastBackupAt`);
    const row = health.get()!;
    return {
      ok: true,
      users: row.users,
      schemaVersion: migrationTag(row.migratedAt),
      lastBackupAt: row.lastBackupAt == null ? null : new Date(row.lastBackupAt),
    };
  } catch {
    return { ok: false };
  }
}
