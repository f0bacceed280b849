/** Who manages a campaign (decision 0014): added with the site role, never down to nobody. */
import { db } from '@/db';
import { pledgeCampaignManagers } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { addManager, removeManager, type ManagerList } from '@/lib/managers/mutations';
import { loadManagedCampaign } from './campaigns';

const campaignManagerList: ManagerList<typeof pledgeCampaignManagers> = {
  table: pledgeCampaignManagers,
  recordColumn: pledgeCampaignManagers.campaignId,
  row: (campaignId, userId) => ({ campaignId, userId }),
  needsSiteRole: true,
  refusals: { already: 'alreadyManager', last: 'lastManager' },
  audit: { entityType: 'pledgeCampaign', added: 'pledgeCampaign.addManager', removed: 'pledgeCampaign.removeManager' },
};

export function addCampaignManager(campaignId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedCampaign(tx, campaignId, actor);
    addManager(tx, campaignManagerList, { recordId: campaignId, userId, actorId: actor!.id });
  }, IMMEDIATE);
}

export function removeCampaignManager(campaignId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedCampaign(tx, campaignId, actor);
    removeManager(tx, campaignManagerList, { recordId: campaignId, userId, actorId: actor!.id });
  }, IMMEDIATE);
}
