/** Who manages a campaign (decision 0014): added with the site role, never down to nobody. */
import { and, count, eq, ne } from 'drizzle-orm';
import { db } from '@/db';
import { pledgeCampaignManagers, users } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { loadManagedCampaign } from './campaigns';

export function addCampaignManager(campaignId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedCampaign(tx, campaignId, actor);
    const person = tx
      .select({ archivedAt: users.archivedAt, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!person || person.archivedAt) throw new AppError('notFound', { field: 'userId' });
    // Managing happens on the organizer pages, which need the site role.
    if (person.role === 'member') throw new AppError('managerNeedsRole', { field: 'userId' });
    const inserted = tx
      .insert(pledgeCampaignManagers)
      .values({ campaignId, userId, createdAt: new Date() })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 0) throw new AppError('alreadyManager', { field: 'userId' });
    recordAudit(tx, {
      actorId: actor!.id,
      action: 'pledgeCampaign.addManager',
      entityType: 'pledgeCampaign',
      entityId: campaignId,
      changes: { userId },
    });
  }, IMMEDIATE);
}

export function removeCampaignManager(campaignId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedCampaign(tx, campaignId, actor);
    const remaining =
      tx
        .select({ n: count() })
        .from(pledgeCampaignManagers)
        .where(and(eq(pledgeCampaignManagers.campaignId, campaignId), ne(pledgeCampaignManagers.userId, userId)))
        .get()?.n ?? 0;
    // Someone must be left who can run the campaign without calling an admin.
    if (remaining === 0) throw new AppError('lastManager');
    const removed = tx
      .delete(pledgeCampaignManagers)
      .where(and(eq(pledgeCampaignManagers.campaignId, campaignId), eq(pledgeCampaignManagers.userId, userId)))
      .run();
    if (removed.changes === 0) throw new AppError('notFound');
    recordAudit(tx, {
      actorId: actor!.id,
      action: 'pledgeCampaign.removeManager',
      entityType: 'pledgeCampaign',
      entityId: campaignId,
      changes: { userId },
    });
  }, IMMEDIATE);
}
