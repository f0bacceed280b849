/**
 * The fixed vocabularies of the schema, without any database code, so forms
 * and validation can list them without touching the database layer.
 */
export const siteRoles = ['admin', 'organizer', 'member'] as const;
export type SiteRole = (typeof siteRoles)[number];

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export const organizationKinds = [
  'residential', // 居民区党组织
  'regional', // 区域化党建单位
  'new_economic_social', // “两新”组织
  'public_institution', // 部门或事业单位
  'company', // 企业
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const meetingStatuses = ['draft', 'published', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const agendaItemKinds = [
  'speech',
  'video',
  'award_ceremony',
  'pledge_handover',
  'unveiling',
  'break',
  'other',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export const registrationModes = [
  'open', // anyone may register; seats are confirmed in order, then the waiting list
  'approval', // an organizer approves or rejects each registration
  'invitation', // only with an invitation
] as const;
export type RegistrationMode = (typeof registrationModes)[number];

export const registrationStatuses = ['confirmed', 'pending', 'waitlisted', 'cancelled', 'rejected'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
/** The statuses in which a person holds (or waits for) a place: one such registration per person and meeting. */
export const activeRegistrationStatuses = ['confirmed', 'pending', 'waitlisted'] as const;

export const questionKinds = ['text', 'choice', 'consent'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const auditEntityTypes = [
  'user',
  'organization',
  'membership',
  'meeting',
  'agendaItem',
  'registration',
  'invitation',
  'award',
  'nomination',
  'votingRound',
  'pledgeCampaign',
  'pledgeIssue',
  'seating',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

// Awards (issue 5).
/** The longest citation (the deeds) a nomination may carry, in characters. */
export const CITATION_MAX = 2000;
export const nominationKinds = ['individual', 'group', 'organization'] as const;
export type NominationKind = (typeof nominationKinds)[number];
export const nominationStatuses = ['submitted', 'eligible', 'ineligible', 'withdrawn'] as const;
export type NominationStatus = (typeof nominationStatuses)[number];
export const committeeRoles = ['chair', 'member'] as const;
export type CommitteeRole = (typeof committeeRoles)[number];
export const votingMethods = ['approval', 'ranked'] as const;
export type VotingMethod = (typeof votingMethods)[number];
export const tieRules = ['runoff', 'chair'] as const;
export type TieRule = (typeof tieRules)[number];
export const roundStatuses = ['draft', 'open', 'closed', 'published'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

// Pledges (issue 6).
export const pledgeSignatureKinds = ['representative', 'countersign'] as const;
export type PledgeSignatureKind = (typeof pledgeSignatureKinds)[number];
export const progressStatuses = ['not_started', 'in_progress', 'done'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

// Seating (issue 14).
/** Rows of numbered seats (a lecture hall) or round tables with seats around them (a banquet). */
export const seatingBlockKinds = ['rows', 'tables'] as const;
export type SeatingBlockKind = (typeof seatingBlockKinds)[number];
