import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { db } from '@/db';
import {
  agendaItems,
  auditEvents,
  awards,
  ceremonyAwards,
  nominations,
  organizations,
  pledgeCampaigns,
  pledgeIssues,
  pledgeSignatures,
  registrationCategories,
  registrations,
  votingRounds,
} from '@/db/schema';
import { bodyHash, CHAIN_COLUMNS, linkFromRow, type ChainRow } from '@/lib/audit/chain';
import { auditChainHead } from '@/lib/audit/data';
import { getMeeting } from '@/lib/meetings/data';
import {
  EVIDENCE_FORMAT,
  type AttendanceItem,
  type BallotItem,
  type ChainEntry,
  type EvidencePackage,
  type ResultItem,
  type SignatureItem,
} from './package';

const iso = (date: Date) => date.toISOString();

/** Events by id, for the items: the ones whose content the package shows in full. */
function eventsOf(where: ReturnType<typeof and>) {
  return db
    .select({
      id: auditEvents.id,
      actorId: auditEvents.actorId,
      entityId: auditEvents.entityId,
      changes: auditEvents.changes,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(where)
    .orderBy(auditEvents.id)
    .all();
}

// The event whose time is the counted check-in: a door station's earlier time (decision 0024) records a second one.
function attendance(meetingId: number): AttendanceItem[] {
  return db
    .select({
      eventId: auditEvents.id,
      registrationId: registrations.id,
      name: registrations.name,
      categoryName: registrationCategories.name,
      checkedInAt: registrations.checkedInAt,
    })
    .from(auditEvents)
    .innerJoin(registrations, eq(registrations.id, auditEvents.entityId))
    .innerJoin(registrationCategories, eq(registrationCategories.id, registrations.categoryId))
    .where(
      and(
        eq(auditEvents.action, 'registration.checkIn'),
        eq(auditEvents.entityType, 'registration'),
        eq(registrations.meetingId, meetingId),
        isNotNull(registrations.checkedInAt),
        eq(auditEvents.createdAt, registrations.checkedInAt),
      ),
    )
    .orderBy(auditEvents.id)
    .all()
    .map((row) => ({ ...row, checkedInAt: iso(row.checkedInAt!) }));
}

/** Rounds held at the meeting: quorum counted from its check-ins, or an award presented in its ceremony. */
function roundsOf(meetingId: number) {
  const ceremonyAwardIds = db
    .select({ id: ceremonyAwards.awardId })
    .from(ceremonyAwards)
    .innerJoin(agendaItems, eq(agendaItems.id, ceremonyAwards.agendaItemId))
    .where(eq(agendaItems.meetingId, meetingId))
    .all()
    .map((row) => row.id);
  return db
    .select({ id: votingRounds.id, name: votingRounds.name, secret: votingRounds.secret, awardName: awards.name })
    .from(votingRounds)
    .innerJoin(awards, eq(awards.id, votingRounds.awardId))
    .where(
      or(
        eq(votingRounds.presenceMeetingId, meetingId),
        ceremonyAwardIds.length ? inArray(votingRounds.awardId, ceremonyAwardIds) : undefined,
      ),
    )
    .all();
}

function ballotsAndResults(meetingId: number): { ballots: BallotItem[]; results: ResultItem[] } {
  const rounds = new Map(roundsOf(meetingId).map((round) => [round.id, round]));
  if (rounds.size === 0) return { ballots: [], results: [] };
  const ids = [...rounds.keys()];
  const ballots = eventsOf(
    and(
      eq(auditEvents.action, 'votingRound.ballot'),
      eq(auditEvents.entityType, 'votingRound'),
      inArray(auditEvents.entityId, ids),
    ),
  ).map((event) => {
    const round = rounds.get(event.entityId!)!;
    return {
      eventId: event.id,
      roundId: round.id,
      roundName: round.name,
      secret: round.secret,
      voterId: event.actorId,
      castAt: iso(event.createdAt),
    };
  });
  const results: ResultItem[] = [];
  for (const event of eventsOf(
    and(
      eq(auditEvents.action, 'votingRound.publish'),
      eq(auditEvents.entityType, 'votingRound'),
      inArray(auditEvents.entityId, ids),
    ),
  )) {
    const recorded = (
      event.changes as {
        results?: {
          ballotsCast: number;
          nominations: { nominationId: number; votes: number; points: number; outcome: string }[];
        };
      } | null
    )?.results;
    // Rounds published before results went into the chain have nothing here to prove.
    if (!recorded) continue;
    const round = rounds.get(event.entityId!)!;
    const names = new Map(
      db
        .select({ id: nominations.id, names: nominations.nomineeNames })
        .from(nominations)
        .where(inArray(nominations.id, recorded.nominations.map((n) => n.nominationId).concat(0)))
        .all()
        .map((n) => [n.id, n.names]),
    );
    results.push({
      eventId: event.id,
      roundId: round.id,
      roundName: round.name,
      awardName: round.awardName,
      ballotsCast: recorded.ballotsCast,
      nominations: recorded.nominations.map((n) => ({ ...n, nomineeNames: names.get(n.nominationId) ?? '' })),
    });
  }
  return { ballots, results };
}

/** Signatures of the pledges handed over in the meeting's agenda, with the hash stored on each. */
function signatures(meetingId: number): SignatureItem[] {
  const rows = db
    .select({
      issueId: pledgeSignatures.issueId,
      kind: pledgeSignatures.kind,
      campaignTitle: pledgeCampaigns.title,
      organizationName: organizations.name,
      signerName: pledgeSignatures.signerName,
      sha256: pledgeSignatures.sha256,
      verificationCode: pledgeSignatures.verificationCode,
      signedAt: pledgeSignatures.signedAt,
    })
    .from(pledgeSignatures)
    .innerJoin(pledgeIssues, eq(pledgeIssues.id, pledgeSignatures.issueId))
    .innerJoin(pledgeCampaigns, eq(pledgeCampaigns.id, pledgeIssues.campaignId))
    .innerJoin(organizations, eq(organizations.id, pledgeSignatures.organizationId))
    .innerJoin(
      agendaItems,
      and(eq(agendaItems.pledgeCampaignId, pledgeCampaigns.id), eq(agendaItems.meetingId, meetingId)),
    )
    .orderBy(pledgeSignatures.id)
    .all();
  const items: SignatureItem[] = [];
  for (const row of rows) {
    const action = row.kind === 'representative' ? 'pledgeIssue.sign' : 'pledgeIssue.countersign';
    const event = eventsOf(
      and(
        eq(auditEvents.action, action),
        eq(auditEvents.entityType, 'pledgeIssue'),
        eq(auditEvents.entityId, row.issueId),
      ),
    )[0];
    if (!event) continue;
    const { issueId: _issueId, ...rest } = row;
    items.push({ ...rest, eventId: event.id, signedAt: iso(row.signedAt) });
  }
  return items;
}

/** The contiguous slice from `fromId` to the head: items' events in full, the others as digests. */
function chainSlice(fromId: number, full: Set<number>): ChainEntry[] {
  const rows = db.$client
    .prepare(`select ${CHAIN_COLUMNS} from audit_events where id >= ? order by id`)
    .raw()
    .all(fromId) as ChainRow[];
  return rows.map((row) => {
    const link = linkFromRow(row);
    const base = { id: link.id, prevHash: link.prevHash ?? '', hash: link.hash ?? '' };
    return full.has(link.id) ? { ...base, event: link.body } : { ...base, bodyHash: bodyHash(link.body) };
  });
}

/** Everything but the readable summary, which the caller writes in each language. */
export function buildEvidencePackage(
  meetingId: number,
  now = new Date(),
): Omit<EvidencePackage, 'summary'> | undefined {
  const meeting = getMeeting(meetingId);
  if (!meeting) return undefined;
  // One read transaction: the items and the chain slice come from the same moment.
  return db.transaction(() => {
    const { ballots, results } = ballotsAndResults(meeting.id);
    const items = { attendance: attendance(meeting.id), ballots, results, signatures: signatures(meeting.id) };
    const eventIds = [...items.attendance, ...items.ballots, ...items.results, ...items.signatures].map(
      (item) => item.eventId,
    );
    const head = auditChainHead();
    // With nothing to prove yet, the slice is the head alone: the package still names it.
    const from = eventIds.length ? Math.min(...eventIds) : head?.id;
    const chain = from === undefined ? [] : chainSlice(from, new Set(eventIds));
    return {
      format: EVIDENCE_FORMAT,
      generatedAt: iso(now),
      meeting: {
        id: meeting.id,
        slug: meeting.slug,
        title: meeting.title,
        venueName: meeting.venueName,
        startsAt: iso(meeting.startsAt),
        endsAt: iso(meeting.endsAt),
        timeZone: meeting.timeZone,
      },
      head,
      ...items,
      chain,
    };
  });
}
