import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt, inList, timestamp, updatedAt } from './columns';
import { recordManagers } from './record-managers';
import {
  CITATION_MAX,
  committeeRoles,
  nominationKinds,
  nominationStatuses,
  roundStatuses,
  tieRules,
  votingMethods,
} from './enums';
import { agendaItems, meetings } from './meetings';
import { users } from './users';

/** One cycle of an award (the 2019 Golden Key Award). */
export const awards = sqliteTable(
  'awards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // Optional name for English visitors (decision 0020).
    nameEn: text('name_en'),
    cycleYear: integer('cycle_year').notNull(),
    description: text('description'),
    rules: text('rules'),
    nominationsOpenAt: timestamp('nominations_open_at').notNull(),
    nominationsCloseAt: timestamp('nominations_close_at').notNull(),
    votingOpensAt: timestamp('voting_opens_at').notNull(),
    votingClosesAt: timestamp('voting_closes_at').notNull(),
    // Whether people without an account may nominate.
    publicNominations: integer('public_nominations', { mode: 'boolean' }).notNull().default(false),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('awards_name_cycle_unique').on(t.name, t.cycleYear),
    check('awards_cycle_range', sql`${t.cycleYear} between 1900 and 2200`),
    check('awards_nomination_window', sql`${t.nominationsCloseAt} > ${t.nominationsOpenAt}`),
    check('awards_voting_window', sql`${t.votingClosesAt} > ${t.votingOpensAt}`),
  ],
);

/**
 * Who runs one award (decision 0014), as meeting_organizers does for a meeting: the
 * creator first, then whoever a manager or an admin adds. Site organizers who are not
 * listed here cannot change the award.
 */
export const awardManagers = recordManagers('award_managers', 'awardId', 'award_id', () => awards.id);

export const awardCategories = sqliteTable(
  'award_categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    awardId: belongsTo('award_id', () => awards.id),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    description: text('description'),
    winners: integer('winners').notNull().default(1),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('award_categories_award_name_unique').on(t.awardId, t.name),
    check('award_categories_winners_range', sql`${t.winners} between 1 and 100`),
  ],
);

export const committeeMembers = sqliteTable(
  'committee_members',
  {
    awardId: belongsTo('award_id', () => awards.id),
    userId: belongsTo('user_id', () => users.id),
    role: text('role', { enum: committeeRoles }).notNull().default('member'),
  },
  (t) => [
    primaryKey({ columns: [t.awardId, t.userId] }),
    check('committee_members_role_check', sql`${t.role} in (${inList(committeeRoles)})`),
    // One chair per award.
    uniqueIndex('committee_members_one_chair')
      .on(t.awardId)
      .where(sql`role = 'chair'`),
    index('committee_members_user_idx').on(t.userId),
  ],
);

export const nominations = sqliteTable(
  'nominations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    categoryId: belongsTo('category_id', () => awardCategories.id),
    kind: text('kind', { enum: nominationKinds }).notNull(),
    nomineeNames: text('nominee_names').notNull(),
    organization: text('organization'),
    citation: text('citation').notNull(),
    // Relative to the data directory; served only through the access-checked route.
    photoPath: text('photo_path'),
    // A member nominates as themselves; the public gives a name and a contact.
    nominatorId: integer('nominator_id').references(() => users.id, { onDelete: 'set null' }),
    nominatorName: text('nominator_name').notNull(),
    nominatorEmail: text('nominator_email').notNull(),
    locale: text('locale').notNull().default('zh-CN'),
    // SHA-256 of the private edit link's token.
    editTokenHash: text('edit_token_hash').notNull().unique(),
    status: text('status', { enum: nominationStatuses }).notNull().default('submitted'),
    ineligibleReason: text('ineligible_reason'),
    shortlisted: integer('shortlisted', { mode: 'boolean' }).notNull().default(false),
    // Another nomination in the category names the same nominee (set when submitted).
    duplicateOfId: integer('duplicate_of_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('nominations_category_idx').on(t.categoryId, t.status),
    check('nominations_kind_check', sql`${t.kind} in (${inList(nominationKinds)})`),
    check('nominations_status_check', sql`${t.status} in (${inList(nominationStatuses)})`),
    check('nominations_citation_length', sql`length(${t.citation}) between 1 and ${sql.raw(String(CITATION_MAX))}`),
    check('nominations_reason_when_ineligible', sql`${t.status} <> 'ineligible' or ${t.ineligibleReason} is not null`),
  ],
);

export const votingRounds = sqliteTable(
  'voting_rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    awardId: belongsTo('award_id', () => awards.id),
    categoryId: belongsTo('category_id', () => awardCategories.id),
    name: text('name').notNull(),
    method: text('method', { enum: votingMethods }).notNull(),
    maxChoices: integer('max_choices').notNull(),
    secret: integer('secret', { mode: 'boolean' }).notNull().default(true),
    allowChanges: integer('allow_changes', { mode: 'boolean' }).notNull().default(false),
    quorumNumerator: integer('quorum_numerator').notNull().default(2),
    quorumDenominator: integer('quorum_denominator').notNull().default(3),
    // A nominee needs strictly more than numerator/denominator of the ballots cast.
    thresholdNumerator: integer('threshold_numerator').notNull().default(1),
    thresholdDenominator: integer('threshold_denominator').notNull().default(2),
    tieRule: text('tie_rule', { enum: tieRules }).notNull().default('runoff'),
    // When set, quorum counts only committee members checked in at this meeting.
    presenceMeetingId: integer('presence_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    // A runoff round lists the tied nominations; null: every eligible nomination of the category.
    candidateIds: text('candidate_ids', { mode: 'json' }).$type<number[]>(),
    // The chair's casting vote, when the tie rule says so: the nominations the chair chose.
    castingVoteIds: text('casting_vote_ids', { mode: 'json' }).$type<number[]>(),
    status: text('status', { enum: roundStatuses }).notNull().default('draft'),
    opensAt: timestamp('opens_at'),
    closesAt: timestamp('closes_at'),
    publishedAt: timestamp('published_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('voting_rounds_award_idx').on(t.awardId),
    check('voting_rounds_method_check', sql`${t.method} in (${inList(votingMethods)})`),
    check('voting_rounds_tie_rule_check', sql`${t.tieRule} in (${inList(tieRules)})`),
    check('voting_rounds_status_check', sql`${t.status} in (${inList(roundStatuses)})`),
    check('voting_rounds_max_choices', sql`${t.maxChoices} between 1 and 100`),
    check(
      'voting_rounds_quorum',
      sql`${t.quorumNumerator} between 0 and ${t.quorumDenominator} and ${t.quorumDenominator} > 0`,
    ),
    check(
      'voting_rounds_threshold',
      sql`${t.thresholdNumerator} between 0 and ${t.thresholdDenominator} and ${t.thresholdDenominator} > 0`,
    ),
  ],
);

/** A declared conflict of interest: the member does not count, for or against, on that nomination. */
export const recusals = sqliteTable(
  'recusals',
  {
    roundId: belongsTo('round_id', () => votingRounds.id),
    nominationId: belongsTo('nomination_id', () => nominations.id),
    voterId: belongsTo('voter_id', () => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.nominationId, t.voterId] })],
);

/**
 * Who has voted in a round, for every round. The primary key is the
 * one-ballot-per-member rule: a second insert for the same member fails.
 * Deliberately no timestamp (see docs/decisions/0009-secret-ballots.md).
 */
export const roundParticipations = sqliteTable(
  'round_participations',
  {
    roundId: belongsTo('round_id', () => votingRounds.id),
    voterId: belongsTo('voter_id', () => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.voterId] })],
);

/** What was chosen in an open round: names are shown with choices, so the voter is stored. */
export const openBallots = sqliteTable(
  'open_ballots',
  {
    roundId: belongsTo('round_id', () => votingRounds.id),
    voterId: belongsTo('voter_id', () => users.id),
    // Nomination ids: the approved ones, or the ranking from first place down.
    choices: text('choices', { mode: 'json' }).$type<number[]>().notNull(),
    receiptHash: text('receipt_hash').notNull().unique(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.voterId] })],
);

/**
 * What was chosen in a secret round: one fixed-size slot per committee member, put in
 * place (random slot numbers, random order) when the round opens; a ballot fills a
 * random empty slot in place. Nothing names the voter, nothing records a time, and no
 * byte moves when a ballot is cast, so the file keeps no trace of the order of voting
 * (docs/decisions/0011-secret-ballot-slots.md, lib/awards/ballot-slots.ts).
 * No index may cover a column a ballot changes: a changed index entry is rewritten
 * at a new place in its page, which would record the order again.
 */
export const secretBallots = sqliteTable(
  'secret_ballots',
  {
    // Random, drawn at open: the rowid is not a counter here.
    slot: integer('slot').primaryKey(),
    roundId: belongsTo('round_id', () => votingRounds.id),
    // SHA-256 (hex) of the receipt once filled; random hex of the same length while empty.
    receiptHash: text('receipt_hash').notNull(),
    // max_choices nomination ids of 10 digits each, zeros after the last: one width per round.
    choices: text('choices').notNull(),
    filled: integer('filled', { mode: 'boolean' }).notNull().default(false),
    // Redrawn on every slot of the round at each ballot, so a ballot rewrites every page of
    // the round's slots, not only the page holding the slot it filled.
    stir: blob('stir', { mode: 'buffer' }).notNull(),
  },
  (t) => [
    index('secret_ballots_round_idx').on(t.roundId),
    check('secret_ballots_receipt_width', sql`length(${t.receiptHash}) = 64`),
  ],
);

export type Award = typeof awards.$inferSelect;
export type AwardCategory = typeof awardCategories.$inferSelect;
export type CommitteeMember = typeof committeeMembers.$inferSelect;
export type Nomination = typeof nominations.$inferSelect;
export type VotingRound = typeof votingRounds.$inferSelect;

/** The winner shown on a meeting's venue display right now (one per meeting), set from the control page. */
export const ceremonyReveals = sqliteTable('ceremony_reveals', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  nominationId: belongsTo('nomination_id', () => nominations.id),
  revealedAt: timestamp('revealed_at').notNull(),
});

/**
 * The awards an award-ceremony agenda item presents, in the order they are presented:
 * one ceremony often hands out several awards (the demo conference gives two).
 */
export const ceremonyAwards = sqliteTable(
  'ceremony_awards',
  {
    agendaItemId: belongsTo('agenda_item_id', () => agendaItems.id),
    awardId: belongsTo('award_id', () => awards.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.awardId] }), index('ceremony_awards_award_idx').on(t.awardId)],
);
