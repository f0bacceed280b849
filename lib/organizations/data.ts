import { and, asc, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { memberships, organizations, users } from '@/db/schema';
import { contains, onePage } from '@/lib/search';
import type { OrganizationFilter } from './schema';

export function listOrganizations(filter: OrganizationFilter) {
  const where = and(
    filter.archived === '1' ? isNotNull(organizations.archivedAt) : isNull(organizations.archivedAt),
    filter.kind ? eq(organizations.kind, filter.kind) : undefined,
    filter.q ? or(contains(organizations.name, filter.q), contains(organizations.address, filter.q)) : undefined,
  );
  const list = db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      address: organizations.address,
      archivedAt: organizations.archivedAt,
      // Correlated subqueries name their tables in full: drizzle leaves columns of a
      // single-table select unqualified, which inside a subquery would bind to the inner table.
      memberCount: sql<number>`(select count(*) from memberships m where m.organization_id = organizations.id)`,
      representativeCount: sql<number>`(select count(*) from memberships m where m.organization_id = organizations.id and m.is_representative = 1)`,
    })
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.kind), asc(organizations.name));
  return onePage(list, db.select({ n: count() }).from(organizations).where(where), filter.page);
}

export function getOrganization(id: number) {
  return db.select().from(organizations).where(eq(organizations.id, id)).get();
}

export function listMembers(organizationId: number) {
  return db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      position: memberships.position,
      isRepresentative: memberships.isRepresentative,
      archivedAt: users.archivedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(sql`${memberships.isRepresentative} desc`, asc(users.name))
    .all();
}

/** Active people who are not yet in the organization, for the "add a person" picker. */
export function listPeopleOutside(organizationId: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(
      and(
        isNull(users.archivedAt),
        sql`users.id not in (select m.user_id from memberships m where m.organization_id = ${organizationId})`,
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

export function listActiveOrganizationChoices() {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(isNull(organizations.archivedAt))
    .orderBy(asc(organizations.name))
    .all();
}
