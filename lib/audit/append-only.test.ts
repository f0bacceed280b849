import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { recordAudit } from './mutations';

describe('audit events', () => {
  it('cannot be changed or deleted, even by hand in SQL', () => {
    const actor = makeUser();
    db.transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, action: 'user.update', entityType: 'user', entityId: actor.id }),
    );
    const event = db.select().from(auditEvents).where(eq(auditEvents.actorId, actor.id)).get()!;

    expect(() => db.update(auditEvents).set({ action: 'rewritten' }).where(eq(auditEvents.id, event.id)).run()).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare('delete from audit_events where id = ?').run(event.id)).toThrow(/append-only/);
    expect(db.select().from(auditEvents).where(eq(auditEvents.id, event.id)).get()?.action).toBe('user.update');
  });

  it('roll back with the change they describe', () => {
    const actor = makeUser();
    expect(() =>
      db.transaction((tx) => {
        recordAudit(tx, {
          actorId: actor.id,
          action: 'organization.create',
          entityType: 'organization',
          entityId: 999,
        });
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(db.select().from(auditEvents).where(eq(auditEvents.entityId, 999)).all()).toEqual([]);
  });
});
