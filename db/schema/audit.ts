import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { createdAt } from './columns';

/**
 * Append-only record of every change. Triggers in the migrations refuse
 * UPDATE and DELETE, so history cannot be rewritten through the app or by hand;
 * the hash chain (prev_hash, hash; lib/audit/chain.ts, decision 0012) makes a
 * rewrite that drops the triggers visible.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Kept when the actor is later removed: the row must still say someone acted.
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    // JSON: { field: [before, after] } for updates, the created values for creates.
    changes: text('changes', { mode: 'json' }).$type<AuditChanges>(),
    createdAt: createdAt(),
    // Null only on events written before the chain, until startup seals them (decision 0012);
    // a trigger refuses new events without a hash.
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_created_idx').on(t.createdAt),
    index('audit_events_actor_idx').on(t.actorId),
  ],
);

export type AuditChanges = Record<string, unknown>;
export type AuditEvent = typeof auditEvents.$inferSelect;
