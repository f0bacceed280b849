import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { memberships, organizations, pledgeIssues, pledgeSignatures, pledgeVersions } from '@/db/schema';
import { castBallot, changeRoundStatus } from '@/lib/awards/mutations';
import { pledgeDocument } from '@/lib/pledges/canonical';
import { signatureEvent } from '@/lib/pledges/data';
import { countersignPledge, createCampaign, issueCampaign, signPledge } from '@/lib/pledges/mutations';
import { makeAwardWithRound } from '@/test/awards';
import { makeUser } from '@/test/factories';
import { copyOfDatabase, withTriggersDropped } from '@/test/tamper';
import { firstAnchorMismatch } from './anchors';
import { verifyAuditChain } from './data';

const organizer = makeUser({ role: 'organizer' });
const context = { now: new Date('2020-04-30T02:00:00Z'), ip: null, userAgent: null, origin: 'https://convene.example' };

/** A pledge signed by its representative and countersigned by the organizer. */
function signedPledge() {
  const campaignId = createCampaign(
    {
      title: '2020年度文明创建目标责任书（锚点）',
      year: 2020,
      body: '# 目标责任书\n\n落实责任，按期完成。',
      signingDue: '2020-05-31',
      targets: '垃圾分类达标 | 达标率100% | 2020-10-31',
    },
    organizer,
  );
  const organization = db.insert(organizations).values({ name: '锚点居民区', kind: 'residential' }).returning().get();
  const rep = makeUser({ name: '张三' });
  db.insert(memberships).values({ userId: rep.id, organizationId: organization.id, isRepresentative: true }).run();
  issueCampaign(campaignId, { organizationIds: [organization.id] }, organizer, context);
  const issue = db.select().from(pledgeIssues).where(eq(pledgeIssues.organizationId, organization.id)).get()!;
  const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaignId)).get()!;
  const { signatureId } = signPledge(
    { issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true },
    rep,
    context,
  );
  countersignPledge(issue.id, organizer, context);
  return { issue, version, organization, signatureId, event: signatureEvent(issue.id)! };
}

/** A published open round: every committee member approved the first nominee. */
function publishedRound() {
  const award = makeAwardWithRound({ committee: 3, secret: false });
  award.open();
  for (const member of award.committee)
    castBallot({ roundId: award.roundId, approvals: [award.nominationIds[0]!], ranks: [], receipt: null }, member);
  changeRoundStatus(award.roundId, 'close', award.organizer);
  changeRoundStatus(award.roundId, 'publish', award.chair);
  return award;
}

function runCli(file: string) {
  try {
    return {
      status: 0,
      output: execFileSync('npx', ['tsx', 'lib/audit/verify-cli.ts'], {
        env: { ...process.env, DATABASE_FILE: file },
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (error) {
    const failure = error as { status: number; stdout: string };
    return { status: failure.status, output: failure.stdout };
  }
}

// Each tamper happens on a copy of the database, so the next test starts from an untouched one.
describe('audit:verify checks the records the chain anchors, not only the chain', () => {
  const pledge = signedPledge();
  const award = publishedRound();

  it('an untouched database has no mismatch', () => {
    expect(verifyAuditChain().broken).toBeNull();
    expect(firstAnchorMismatch()).toBeNull();
  });

  it('names a pledge signature whose body and stored sha256 were rewritten together (issue 11, finding 2)', () => {
    const copy = copyOfDatabase();
    const forged = { ...pledge.version, body: '# 目标责任书\n\n（已删去全部责任。）' };
    const hash = pledgeDocument(forged, pledge.organization.id).hash;
    withTriggersDropped(copy.$client, () => {
      copy.$client.prepare('update pledge_versions set body = ? where id = ?').run(forged.body, pledge.version.id);
      copy.$client.prepare('update pledge_signatures set sha256 = ? where issue_id = ?').run(hash, pledge.issue.id);
    });
    // The chain itself still verifies: only the anchored hash gives the forgery away.
    expect(verifyAuditChain(copy).broken).toBeNull();
    expect(firstAnchorMismatch(copy)).toEqual({
      record: 'pledgeSignature',
      id: pledge.signatureId,
      eventId: pledge.event.id,
      problem: 'chainHash',
    });
    copy.$client.close();
    const { status, output } = runCli(copy.$client.name);
    expect(status).toBe(1);
    expect(output).toContain('Audit chain OK');
    expect(output).toContain(`pledge signature ${pledge.signatureId} (chain event ${pledge.event.id})`);
  }, 90_000);

  it('names a signature whose version text was rewritten alone', () => {
    const copy = copyOfDatabase();
    withTriggersDropped(copy.$client, () =>
      copy.$client.prepare('update pledge_versions set body = ? where id = ?').run('# 改过的责任书', pledge.version.id),
    );
    expect(firstAnchorMismatch(copy)).toMatchObject({
      record: 'pledgeSignature',
      id: pledge.signatureId,
      problem: 'text',
    });
  });

  it('names a countersignature whose stored hash was rewritten', () => {
    const copy = copyOfDatabase();
    const counter = copy
      .select()
      .from(pledgeSignatures)
      .where(eq(pledgeSignatures.issueId, pledge.issue.id))
      .all()
      .find((s) => s.kind === 'countersign')!;
    withTriggersDropped(copy.$client, () =>
      copy.$client.prepare('update pledge_signatures set sha256 = ? where id = ?').run('f'.repeat(64), counter.id),
    );
    expect(firstAnchorMismatch(copy)).toMatchObject({
      record: 'pledgeSignature',
      id: counter.id,
      problem: 'chainHash',
    });
  });

  it('names a published round whose ballots were rewritten after publishing', () => {
    const copy = copyOfDatabase();
    withTriggersDropped(copy.$client, () =>
      copy.$client
        .prepare('update open_ballots set choices = ? where round_id = ?')
        .run(JSON.stringify([award.nominationIds[1]]), award.roundId),
    );
    expect(verifyAuditChain(copy).broken).toBeNull();
    expect(firstAnchorMismatch(copy)).toMatchObject({ record: 'publishedResult', id: award.roundId, problem: 'count' });
  });

  it('names a round marked published behind the app (no publish event)', () => {
    const other = makeAwardWithRound({ committee: 1, secret: false });
    const copy = copyOfDatabase();
    copy.$client.prepare("update voting_rounds set status = 'published' where id = ?").run(other.roundId);
    expect(firstAnchorMismatch(copy)).toMatchObject({
      record: 'publishedResult',
      id: other.roundId,
      problem: 'notInChain',
    });
  });
});
