/**
 * The pledge reads, as lib/pledges/mutations/ divides the writes: the campaign as its managers
 * run it, the pledges issued and signed, progress against the targets, and the signatures
 * checked against the audit chain. Importers keep `@/lib/pledges/data`.
 */
export {
  campaignChoices,
  campaignManagerIds,
  currentVersion,
  getCampaign,
  getVersion,
  listCampaignManagerCandidates,
  listCampaignManagers,
  listManagedCampaigns,
  listTargets,
  pledgeHandovers,
  targetSnapshot,
} from './campaigns';
export {
  getIssue,
  pledgesForRepresentative,
  representedOrganizationIds,
  signaturesOfIssue,
  type PledgeStatus,
} from './issues';
export { campaignDashboard, getProgressReport, progressOf, progressSummary } from './progress';
export {
  checkSignature,
  firstPledgeSignatureMismatch,
  signatureEvent,
  verificationByCode,
  verifyPledge,
  type SignatureCheck,
} from './signatures';
