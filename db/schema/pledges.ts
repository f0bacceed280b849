import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt, inList, timestamp, updatedAt } from './columns';
import { recordManagers } from './record-managers';
import { pledgeSignatureKinds, progressStatuses } from './enums';
import { organizations } from './organizations';
import { users } from './users';

/** A target as frozen into a version: what an organization signs up to. */
export type TargetSnapshot = {
  id: number;
  description: string;
  indicator: string;
  dueDate: string;
  organizationId: number | null;
};

/** The yearly pledge the host hands to member organizations. */
export const pledgeCampaigns = sqliteTable(
  'pledge_campaigns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    // The text being edited; frozen into a version (below) whenever it is issued or signed.
    body: text('body').notNull(),
    signingDueAt: timestamp('signing_due_at').notNull(),
    // The number of the version organizations sign now.
    currentVersion: integer('current_version').notNull().default(1),
    // Last year's campaign this one started from (decision 0027): its progress summary is the starting point.
    previousCampaignId: integer('previous_campaign_id').references((): AnySQLiteColumn => pledgeCampaigns.id, {
      onDelete: 'set null',
    }),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('pledge_campaigns_year_range', sql`${t.year} between 2000 and 2100`)],
);

/** Who runs one campaign (decision 0014): the creator first, then whoever a manager or an admin adds. */
export const pledgeCampaignManagers = recordManagers(
  'pledge_campaign_managers',
  'campaignId',
  'campaign_id',
  () => pledgeCampaigns.id,
);

/**
 * The text and targets as they stood at one point. Once anyone has signed a version,
 * a trigger refuses any change to it; an edit makes the next version instead.
 */
export const pledgeVersions = sqliteTable(
  'pledge_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => pledgeCampaigns.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    body: text('body').notNull(),
    targets: text('targets', { mode: 'json' }).$type<TargetSnapshot[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('pledge_versions_campaign_number_unique').on(t.campaignId, t.number)],
);

/** One target of a campaign: for everyone, or (organizationId set) for one organization only. */
export const pledgeTargets = sqliteTable(
  'pledge_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: belongsTo('campaign_id', () => pledgeCampaigns.id),
    organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    indicator: text('indicator').notNull(),
    // A calendar day (YYYY-MM-DD): a target is due on a date, not at an instant.
    dueDate: text('due_date').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('pledge_targets_campaign_idx').on(t.campaignId)],
);

/** The campaign handed to one organization, and how far that organization got with it. */
export const pledgeIssues = sqliteTable(
  'pledge_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => pledgeCampaigns.id, { onDelete: 'restrict' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    issuedAt: timestamp('issued_at').notNull(),
    issuedById: integer('issued_by_id').references(() => users.id, { onDelete: 'set null' }),
    viewedAt: timestamp('viewed_at'),
    declinedAt: timestamp('declined_at'),
    declineReason: text('decline_reason'),
    lastRemindedAt: timestamp('last_reminded_at'),
  },
  (t) => [
    uniqueIndex('pledge_issues_campaign_organization_unique').on(t.campaignId, t.organizationId),
    index('pledge_issues_organization_idx').on(t.organizationId),
    check('pledge_issues_decline_reason', sql`${t.declinedAt} is null or length(trim(${t.declineReason})) > 0`),
  ],
);

/**
 * Insert-only (triggers refuse UPDATE and DELETE). One representative signature and one
 * countersignature per issue: the unique index makes a double-clicked or raced submit
 * land once.
 */
export const pledgeSignatures = sqliteTable(
  'pledge_signatures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    issueId: integer('issue_id')
      .notNull()
      .references(() => pledgeIssues.id, { onDelete: 'restrict' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => pledgeVersions.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: pledgeSignatureKinds }).notNull(),
    signerId: integer('signer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    // As typed, and the signer's name on file at that moment (people rename).
    typedName: text('typed_name').notNull(),
    signerName: text('signer_name').notNull(),
    signedAt: timestamp('signed_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    // SHA-256 (hex) of the canonical text signed: see lib/pledges/canonical.ts.
    sha256: text('sha256').notNull(),
    // Printed on the document; the public verification page looks it up.
    verificationCode: text('verification_code').notNull().unique(),
  },
  (t) => [
    uniqueIndex('pledge_signatures_issue_kind_unique').on(t.issueId, t.kind),
    check('pledge_signatures_kind_check', sql`${t.kind} in (${inList(pledgeSignatureKinds)})`),
    check('pledge_signatures_sha256_hex', sql`length(${t.sha256}) = 64`),
  ],
);

/** Progress filed by an organization against one target; insert-only history, the latest counts. */
export const progressReports = sqliteTable(
  'progress_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: belongsTo('target_id', () => pledgeTargets.id),
    organizationId: belongsTo('organization_id', () => organizations.id),
    status: text('status', { enum: progressStatuses }).notNull(),
    percent: integer('percent').notNull(),
    note: text('note'),
    // Relative to the data directory; served only through the access-checked route.
    evidencePath: text('evidence_path'),
    evidenceName: text('evidence_name'),
    evidenceType: text('evidence_type'),
    reportedById: integer('reported_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('progress_reports_target_organization_idx').on(t.targetId, t.organizationId, t.id),
    check('progress_reports_status_check', sql`${t.status} in (${inList(progressStatuses)})`),
    check('progress_reports_percent_range', sql`${t.percent} between 0 and 100`),
  ],
);

export type PledgeCampaign = typeof pledgeCampaigns.$inferSelect;
export type PledgeVersion = typeof pledgeVersions.$inferSelect;
export type PledgeTarget = typeof pledgeTargets.$inferSelect;
export type PledgeIssue = typeof pledgeIssues.$inferSelect;
export type PledgeSignature = typeof pledgeSignatures.$inferSelect;
export type ProgressReport = typeof progressReports.$inferSelect;
