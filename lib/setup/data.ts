import { and, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import { DEMO_EMAILS } from '@/lib/auth/demo';

/** Demo accounts that can still sign in (not archived). */
export function activeDemoAccounts(): { id: number; email: string }[] {
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.email, [...DEMO_EMAILS]), isNull(users.archivedAt)))
    .all();
}
