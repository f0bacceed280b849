import { db } from '@/db';
import { users, type SiteRole } from '@/db/schema';

let counter = 0;

/** A person straight in the database, for tests that need an actor or a member. */
export function makeUser(
  overrides: { name?: string; role?: SiteRole; email?: string; passwordHash?: string | null } = {},
) {
  counter += 1;
  return db
    .insert(users)
    .values({
      name: overrides.name ?? `测试人员${counter}`,
      email: overrides.email ?? `user${counter}-${Date.now()}@test.local`,
      role: overrides.role ?? 'member',
      passwordHash: overrides.passwordHash ?? null,
    })
    .returning()
    .get();
}
