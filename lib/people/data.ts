import { and, asc, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { memberships, organizations, users } from '@/db/schema';
import { contains, containsPattern, onePage } from '@/lib/search';
import type { PeopleFilter } from './schema';

// Every read names its columns: the password hash never leaves lib/auth.
const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  phone: users.phone,
  role: users.role,
  locale: users.locale,
  archivedAt: users.archivedAt,
  createdAt: users.createdAt,
  canSignIn: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
};

export function listPeople(filter: PeopleFilter) {
  const where = and(
    filter.archived === '1' ? isNotNull(users.archivedAt) : isNull(users.archivedAt),
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.q
      ? or(
          contains(users.name, filter.q),
          contains(users.email, filter.q),
          contains(users.phone, filter.q),
          sql`users.id in (select m.user_id from memberships m join organizations o on o.id = m.organization_id where o.name like ${containsPattern(filter.q)} escape '\\')`,
        )
      : undefined,
  );
  const list = db
    .select({
      ...personColumns,
      // Table names in full: see the note in lib/organizations/data.ts.
      organizationNames: sql<
        string | null
      >`(select group_concat(o.name, '、') from memberships m join organizations o on o.id = m.organization_id where m.user_id = users.id)`,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.name));
  return onePage(list, db.select({ n: count() }).from(users).where(where), filter.page);
}

export function getPerson(id: number) {
  return db.select(personColumns).from(users).where(eq(users.id, id)).get();
}

export function listMembershipsOf(userId: number) {
  return db
    .select({
      membershipId: memberships.id,
      organizationId: organizations.id,
      organizationName: organizations.name,
      position: memberships.position,
      isRepresentative: memberships.isRepresentative,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name))
    .all();
}
