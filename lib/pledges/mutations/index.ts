/**
 * The pledge writes, by who acts: the campaign's managers (campaigns, managers), the
 * organization's representatives (signing, progress). Importers keep
 * `@/lib/pledges/mutations`; the helpers the parts share stay inside.
 */
export {
  assertPledgeCampaign,
  createCampaign,
  dueInstant,
  insertCampaign,
  issueCampaign,
  loadManagedCampaign,
  sendReminders,
  updateCampaign,
  type SigningContext,
} from './campaigns';
export { addCampaignManager, removeCampaignManager } from './managers';
export { countersignPledge, declinePledge, markViewed, sameName, signPledge } from './signing';
export { reportProgress, type EvidenceFile } from './progress';
