import { sql } from 'drizzle-orm';
import { db } from '@/db';

/** Touches the database for real: a read that needs the file open and the schema migrated. */
export function checkDatabase(): { ok: boolean; users?: number } {
  try {
    const row = db.get<{ users: number }>(sql`select count(*) as users from users`);
    return { ok: true, users: row.users };
  } catch {
    return { ok: false };
  }
}
