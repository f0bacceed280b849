import { and, count, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { auditEvents, users } from '@/db/schema';
import { contains, pageOffset, PAGE_SIZE } from '@/lib/search';
import type { AuditFilter } from './schema';

export function listAuditEvents(filter: AuditFilter) {
  const where = and(
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.actor ? contains(users.name, filter.actor) : undefined,
  );
  const rows = db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      changes: auditEvents.changes,
      createdAt: auditEvents.createdAt,
      actorId: auditEvents.actorId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(PAGE_SIZE)
    .offset(pageOffset(filter.page))
    .all();
  const total =
    db.select({ n: count() }).from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorId)).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** The actions that occur, for the filter's choices. */
export function listAuditActions(): string[] {
  return db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(sql`1`)
    .all()
    .map((r) => r.action);
}
