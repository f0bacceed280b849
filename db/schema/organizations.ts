import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { users } from './users';

import { organizationKinds } from './enums';
import { belongsTo, createdAt, timestamp, updatedAt } from './columns';

export const organizations = sqliteTable(
  'organizations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull().unique(),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    address: text('address'),
    description: text('description'),
    archivedAt: timestamp('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('organizations_kind_idx').on(t.kind),
    check(
      'organizations_kind_check',
      sql`${t.kind} in ('residential', 'regional', 'new_economic_social', 'public_institution', 'company', 'other')`,
    ),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;

/** A person's place in an organization; representatives sign and report for it. */
export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: belongsTo('user_id', () => users.id),
    organizationId: belongsTo('organization_id', () => organizations.id),
    position: text('position'),
    isRepresentative: integer('is_representative', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    unique('memberships_user_organization_unique').on(t.userId, t.organizationId),
    index('memberships_organization_idx').on(t.organizationId),
  ],
);

export type Membership = typeof memberships.$inferSelect;
