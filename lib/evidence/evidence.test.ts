import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { memberships, organizations, pledgeIssues, pledgeVersions } from '@/db/schema';
import { addAgendaItem } from '@/lib/agenda/mutations';
import { castBallot, changeRoundStatus } from '@/lib/awards/mutations';
import { countersignPledge, createCampaign, issueCampaign, signPledge } from '@/lib/pledges/mutations';
import { listCategories } from '@/lib/registrations/data';
import { checkIn } from '@/lib/registrations/mutations';
import { makeAwardWithRound } from '@/test/awards';
import { makeUser } from '@/test/factories';
import { agendaItem, makeRegistrableMeeting } from '@/test/meetings';
import { registerGuest } from '@/test/registrations';
import { buildEvidencePackage } from './data';
import { verifyEvidencePackage, type EvidencePackage } from './package';
import { evidenceSummary } from './summary';

const organizer = makeUser({ role: 'organizer' });

/** The demo morning in small: two check-ins, a secret round presented in the ceremony, a pledge handed over. */
function meetingWithEverything() {
  const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
  const [category] = listCategories(meeting.id);
  for (const name of ['许佳宁', '邵子涵']) {
    const { registrationId } = registerGuest(meeting.id, category!.id, { name, email: `${name}@example.cn` });
    checkIn(meeting.id, { registrationId }, organizer, new Date('2031-04-30T00:50:00Z'));
  }
  const award = makeAwardWithRound({ committee: 3, nominees: 2, secret: true });
  addAgendaItem(
    meeting.id,
    agendaItem({ kind: 'award_ceremony', title: '颁奖', awardIds: [award.awardId] }),
    organizer,
  );
  award.open();
  for (const member of award.committee)
    castBallot({ roundId: award.roundId, approvals: [award.nominationIds[0]!], ranks: [], receipt: null }, member);
  changeRoundStatus(award.roundId, 'close', award.organizer);
  changeRoundStatus(award.roundId, 'publish', award.chair);

  const campaignId = createCampaign(
    {
      title: '2020年度目标责任书',
      year: 2020,
      body: '落实责任。',
      signingDue: '2031-05-31',
      targets: '垃圾分类达标 | 100% | 2031-10-31',
    },
    organizer,
  );
  addAgendaItem(
    meeting.id,
    agendaItem({ kind: 'pledge_handover', title: '签订责任书', pledgeCampaignId: campaignId }),
    organizer,
  );
  const organization = db
    .insert(organizations)
    .values({ name: `证据包居民区${Math.random()}`, kind: 'residential' })
    .returning()
    .get();
  const rep = makeUser({ name: '张三' });
  db.insert(memberships).values({ userId: rep.id, organizationId: organization.id, isRepresentative: true }).run();
  const signing = { now: new Date(), ip: null, userAgent: null, origin: 'https://convene.example' };
  issueCampaign(campaignId, { organizationIds: [organization.id] }, organizer, signing);
  const issue = db.select().from(pledgeIssues).where(eq(pledgeIssues.organizationId, organization.id)).get()!;
  const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaignId)).get()!;
  signPledge({ issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true }, rep, signing);
  countersignPledge(issue.id, organizer, signing);
  return { meeting, award };
}

function downloaded(meetingId: number): EvidencePackage {
  const pkg = buildEvidencePackage(meetingId)!;
  // Through JSON, as the file an organizer downloads.
  return JSON.parse(
    JSON.stringify({ ...pkg, summary: { en: evidenceSummary(pkg, (key) => key, 'en') } }),
  ) as EvidencePackage;
}

const { meeting, award } = meetingWithEverything();

describe("a meeting's evidence package", () => {
  it('holds attendance, ballots cast, results and signatures, each on a chain event, and verifies offline', () => {
    const pkg = downloaded(meeting.id);
    expect(pkg.attendance.map((a) => a.name)).toEqual(['许佳宁', '邵子涵']);
    expect(pkg.ballots).toHaveLength(3);
    expect(pkg.results).toHaveLength(1);
    expect(pkg.results[0]!.nominations.find((n) => n.nominationId === award.nominationIds[0])).toMatchObject({
      votes: 3,
      outcome: 'elected',
    });
    expect(pkg.signatures.map((s) => s.kind)).toEqual(['representative', 'countersign']);
    expect(pkg.chain.at(-1)).toMatchObject(pkg.head!);
    expect(verifyEvidencePackage(pkg)).toMatchObject({ ok: true, problems: [], items: 8 });
    expect(verifyEvidencePackage(pkg, pkg.head!.hash).ok).toBe(true);
    // A head printed earlier (at the first check-in) is in the slice too.
    expect(verifyEvidencePackage(pkg, pkg.chain[0]!.hash)).toMatchObject({ ok: true, anchoredUpTo: pkg.chain[0]!.id });
  });

  it('never carries what a secret ballot chose', () => {
    const pkg = downloaded(meeting.id);
    for (const ballot of pkg.ballots) {
      const entry = pkg.chain.find((e) => e.id === ballot.eventId)!;
      expect('event' in entry && entry.event.changes).toBeNull();
    }
    expect(JSON.stringify(pkg)).not.toMatch(/choices|receipt/);
  });

  it("its readable summary writes each time with the day in words and the meeting's zone named", () => {
    const pkg = downloaded(meeting.id);
    const t = (key: string, values?: Record<string, string | number>) => `${key} ${JSON.stringify(values ?? {})}`;
    // Checked in at 00:50 UTC: 08:50 in Shanghai (the tests run in Kathmandu, UTC+05:45).
    const english = evidenceSummary(pkg, t, 'en');
    expect(english).toContain('- 许佳宁 (公众) · 30 Apr 2031, 08:50 (Asia/Shanghai) · ');
    expect(evidenceSummary(pkg, t, 'zh-CN')).toContain('- 许佳宁 (公众) · 2031年4月30日 08:50（北京时间） · ');
    expect(english).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}|\b[AP]M\b|GMT/);
  });

  const tampers: [string, (pkg: EvidencePackage) => void][] = [
    ['an attendee renamed', (pkg) => (pkg.attendance[1]!.name = '邵子函')],
    ['a check-in time moved', (pkg) => (pkg.attendance[0]!.checkedInAt = '2031-04-30T00:49:00.000Z')],
    ['a ballot given to someone else', (pkg) => (pkg.ballots[0]!.voterId = 1)],
    ['a result changed by one vote', (pkg) => (pkg.results[0]!.nominations[0]!.votes += 1)],
    [
      'a signature hash changed by one character',
      (pkg) => (pkg.signatures[0]!.sha256 = pkg.signatures[0]!.sha256.replace(/.$/, (c) => (c === '0' ? '1' : '0'))),
    ],
    [
      'the recorded text of an event changed',
      (pkg) => {
        const entry = pkg.chain.find((e) => 'event' in e)! as { event: { changes: string } };
        entry.event.changes = entry.event.changes.replace('许', '诈');
      },
    ],
    [
      'a digest changed by one character',
      (pkg) => {
        const entry = pkg.chain.find((e) => 'bodyHash' in e)! as { bodyHash: string };
        entry.bodyHash = entry.bodyHash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
      },
    ],
    ['an event left out of the slice', (pkg) => pkg.chain.splice(3, 1)],
    ['the head replaced', (pkg) => (pkg.head!.hash = pkg.chain[0]!.hash)],
  ];
  it.each(tampers)('fails when %s', (_name, tamper) => {
    const pkg = downloaded(meeting.id);
    tamper(pkg);
    expect(verifyEvidencePackage(pkg).ok).toBe(false);
  });

  it('fails against a head the slice does not contain (the database was rewritten after it was printed)', () => {
    const pkg = downloaded(meeting.id);
    expect(verifyEvidencePackage(pkg, 'f'.repeat(64))).toMatchObject({ ok: false, anchoredUpTo: null });
  });

  it('npm run evidence:verify: exit 0 for the file as downloaded with its head, 1 after one byte changed', () => {
    const pkg = downloaded(meeting.id);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-evidence-'));
    const file = path.join(folder, 'evidence.json');
    const text = JSON.stringify(pkg, null, 1);
    fs.writeFileSync(file, text);
    const run = () => {
      try {
        return {
          status: 0,
          out: execFileSync('npx', ['tsx', 'lib/evidence/verify-cli.ts', file, '--head', pkg.head!.hash], {
            encoding: 'utf8',
            stdio: 'pipe',
          }),
        };
      } catch (error) {
        return error as { status: number; stdout: string };
      }
    };
    expect(run()).toMatchObject({ status: 0 });
    // One byte: a digit of one check-in's event time.
    const at = text.indexOf('"createdAt": ') + '"createdAt": '.length + 10;
    fs.writeFileSync(file, text.slice(0, at) + (text[at] === '1' ? '2' : '1') + text.slice(at + 1));
    const broken = run() as { status: number; stdout: string };
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('BROKEN');
  }, 90_000);
});
