import { verifyLinks, type ChainBody, type ChainLink } from '@/lib/audit/chain';

/**
 * A meeting's evidence package (decision 0012): what happened at the meeting, each item
 * pointing at its audit event, plus the contiguous slice of the audit chain from the earliest
 * such event to the head when the package was made. Events of the slice that are not the
 * meeting's appear as digests only (id, prevHash, bodyHash, hash), so the slice still checks
 * link by link without showing other people's records. Pure: the offline verifier runs this.
 */
export const EVIDENCE_FORMAT = 'convene-evidence/1';

export type ChainEntry = { id: number; prevHash: string; hash: string } & ({ event: ChainBody } | { bodyHash: string });

export type AttendanceItem = {
  eventId: number;
  registrationId: number;
  name: string;
  categoryName: string;
  checkedInAt: string;
};
/** A ballot cast: who took part in which round; never what they chose in a secret round. */
export type BallotItem = {
  eventId: number;
  roundId: number;
  roundName: string;
  secret: boolean;
  voterId: number | null;
  castAt: string;
};
export type ResultItem = {
  eventId: number;
  roundId: number;
  roundName: string;
  awardName: string;
  ballotsCast: number;
  nominations: { nominationId: number; nomineeNames: string; votes: number; points: number; outcome: string }[];
};
export type SignatureItem = {
  eventId: number;
  kind: 'representative' | 'countersign';
  campaignTitle: string;
  organizationName: string;
  signerName: string;
  sha256: string;
  verificationCode: string;
  signedAt: string;
};

export type EvidencePackage = {
  format: typeof EVIDENCE_FORMAT;
  generatedAt: string;
  meeting: {
    id: number;
    slug: string;
    title: string;
    venueName: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
  };
  head: { id: number; hash: string } | null;
  attendance: AttendanceItem[];
  ballots: BallotItem[];
  results: ResultItem[];
  signatures: SignatureItem[];
  chain: ChainEntry[];
  /** Readable summaries, Markdown, one per language; not part of what is verified. */
  summary: Record<string, string>;
};

export type EvidenceCheck = {
  ok: boolean;
  problems: string[];
  items: number;
  head: { id: number; hash: string } | null;
  anchoredUpTo: number | null;
};

type Changes = Record<string, unknown> | null;
const parse = (text: string | null): Changes => (text === null ? null : (JSON.parse(text) as Changes));

/** Each item must point at a full event of the slice whose recorded content says the same. */
function itemProblems(pkg: EvidencePackage, events: Map<number, ChainBody>): string[] {
  const problems: string[] = [];
  const expect = (label: string, eventId: number, check: (event: ChainBody, changes: Changes) => boolean) => {
    const event = events.get(eventId);
    if (!event) problems.push(`${label}: event ${eventId} is not in the chain slice`);
    else if (!check(event, parse(event.changes))) problems.push(`${label}: event ${eventId} records something else`);
  };
  const at = (iso: string) => new Date(iso).getTime();
  for (const a of pkg.attendance) {
    expect(
      `attendance ${a.registrationId}`,
      a.eventId,
      (e, c) =>
        e.action === 'registration.checkIn' &&
        e.entityId === a.registrationId &&
        e.createdAt === at(a.checkedInAt) &&
        (c === null || (c.meetingId === pkg.meeting.id && c.name === a.name)),
    );
  }
  for (const b of pkg.ballots) {
    expect(
      `ballot in round ${b.roundId}`,
      b.eventId,
      (e, c) =>
        e.action === 'votingRound.ballot' &&
        e.entityId === b.roundId &&
        e.actorId === b.voterId &&
        e.createdAt === at(b.castAt) &&
        (b.secret ? c === null : true),
    );
  }
  for (const r of pkg.results) {
    expect(`result of round ${r.roundId}`, r.eventId, (e, c) => {
      const recorded = c?.results as
        | {
            ballotsCast: number;
            nominations: { nominationId: number; votes: number; points: number; outcome: string }[];
          }
        | undefined;
      if (
        e.action !== 'votingRound.publish' ||
        e.entityId !== r.roundId ||
        !recorded ||
        recorded.ballotsCast !== r.ballotsCast
      )
        return false;
      const claimed = r.nominations.map((n) => `${n.nominationId}:${n.votes}:${n.points}:${n.outcome}`).sort();
      return (
        JSON.stringify(claimed) ===
        JSON.stringify(recorded.nominations.map((n) => `${n.nominationId}:${n.votes}:${n.points}:${n.outcome}`).sort())
      );
    });
  }
  for (const s of pkg.signatures) {
    const action = s.kind === 'representative' ? 'pledgeIssue.sign' : 'pledgeIssue.countersign';
    expect(
      `signature ${s.verificationCode}`,
      s.eventId,
      (e, c) => e.action === action && e.createdAt === at(s.signedAt) && c?.sha256 === s.sha256,
    );
  }
  return problems;
}

/**
 * Verifies a package with nothing but itself and, optionally, a chain head printed or
 * published elsewhere: the slice checks link by link and ends at the package's head; every
 * item matches its event; a given head must be one of the slice's hashes, and items after it
 * are reported, since that anchor does not cover them.
 */
export function verifyEvidencePackage(pkg: EvidencePackage, anchor?: string): EvidenceCheck {
  const problems: string[] = [];
  const items = pkg.attendance.length + pkg.ballots.length + pkg.results.length + pkg.signatures.length;
  if (pkg.format !== EVIDENCE_FORMAT)
    return { ok: false, problems: [`unknown format ${String(pkg.format)}`], items, head: null, anchoredUpTo: null };
  const links: ChainLink[] = pkg.chain.map((entry) =>
    'event' in entry
      ? { id: entry.id, prevHash: entry.prevHash, hash: entry.hash, body: entry.event }
      : { id: entry.id, prevHash: entry.prevHash, hash: entry.hash, bodyHash: entry.bodyHash },
  );
  // A slice must be contiguous: a gap could hide an event between two that still link.
  links.forEach((link, index) => {
    if (index > 0 && link.id !== links[index - 1]!.id + 1)
      problems.push(`chain slice: event ${link.id} does not follow event ${links[index - 1]!.id}`);
  });
  const report = verifyLinks(links, null);
  if (report.broken) problems.push(`chain slice: broken at event ${report.broken.id} (${report.broken.reason})`);
  const last = pkg.chain.at(-1);
  if (pkg.head && (!last || last.id !== pkg.head.id || last.hash !== pkg.head.hash))
    problems.push('chain slice: does not end at the package head');
  problems.push(
    ...itemProblems(
      pkg,
      new Map(pkg.chain.flatMap((entry) => ('event' in entry ? [[entry.id, entry.event] as const] : []))),
    ),
  );

  let anchoredUpTo: number | null = pkg.head?.id ?? null;
  if (anchor !== undefined) {
    const found = pkg.chain.find((entry) => entry.hash === anchor.trim().toLowerCase());
    anchoredUpTo = found?.id ?? null;
    if (!found)
      problems.push('the given head is not in this package: the records differ from those the head was taken from');
  }
  return { ok: problems.length === 0, problems, items, head: pkg.head, anchoredUpTo };
}

/** Item event ids after the anchor: true, but not covered by that printed head. */
export function itemsAfter(pkg: EvidencePackage, eventId: number): number {
  return [...pkg.attendance, ...pkg.ballots, ...pkg.results, ...pkg.signatures].filter((item) => item.eventId > eventId)
    .length;
}
