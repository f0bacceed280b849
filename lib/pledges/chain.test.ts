import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { memberships, organizations, pledgeIssues, pledgeSignatures, pledgeVersions } from '@/db/schema';
import { verifyAuditChain } from '@/lib/audit/data';
import { makeUser } from '@/test/factories';
import { rehashChainFrom, withTriggersDropped } from '@/test/tamper';
import { pledgeDocument } from './canonical';
import { signatureEvent, verifyPledge } from './data';
import { countersignPledge, createCampaign, issueCampaign, signPledge } from './mutations';

const sqlite = db.$client;
const organizer = makeUser({ role: 'organizer' });
const context = { now: new Date('2020-04-30T02:00:00Z'), ip: null, userAgent: null, origin: 'https://convene.example' };
let n = 0;

/** A signed and countersigned pledge, with what its printed copy carries. */
function signedPledge() {
  n += 1;
  const campaignId = createCampaign(
    {
      title: `2020年度文明创建目标责任书${n}`,
      year: 2020,
      body: '# 目标责任书\n\n落实责任，按期完成。',
      signingDue: '2020-05-31',
      targets: '垃圾分类达标 | 达标率100% | 2020-10-31',
    },
    organizer,
  );
  const organization = db
    .insert(organizations)
    .values({ name: `链测居民区${n}`, kind: 'residential' })
    .returning()
    .get();
  const rep = makeUser({ name: '张三' });
  db.insert(memberships).values({ userId: rep.id, organizationId: organization.id, isRepresentative: true }).run();
  issueCampaign(campaignId, { organizationIds: [organization.id] }, organizer, context);
  const issue = db.select().from(pledgeIssues).where(eq(pledgeIssues.organizationId, organization.id)).get()!;
  const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaignId)).get()!;
  const { verificationCode } = signPledge(
    { issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true },
    rep,
    context,
  );
  countersignPledge(issue.id, organizer, context);
  return { issue, version, organization, verificationCode, printed: signatureEvent(issue.id)! };
}

/** Finding 2 of issue 11: the version body and the signature's stored sha256 rewritten together. */
function forgeText(pledge: ReturnType<typeof signedPledge>) {
  const forged = { ...pledge.version, body: '# 目标责任书\n\n（已删去全部责任。）' };
  const hash = pledgeDocument(forged, pledge.organization.id).hash;
  withTriggersDropped(sqlite, () => {
    sqlite.prepare('update pledge_versions set body = ? where id = ?').run(forged.body, pledge.version.id);
    sqlite.prepare('update pledge_signatures set sha256 = ? where issue_id = ?').run(hash, pledge.issue.id);
  });
  return hash;
}

/** The text forged as above, and the signature event rewritten to record the forged hash too. */
function forgeTextAndEvent(pledge: ReturnType<typeof signedPledge>) {
  const hash = forgeText(pledge);
  withTriggersDropped(sqlite, () =>
    sqlite
      .prepare('update audit_events set changes = ? where id = ?')
      .run(JSON.stringify({ version: 1, sha256: hash }), pledge.printed.id),
  );
}

describe('the verification page checks a pledge against the audit chain', () => {
  it('an untouched pledge is intact; its signature event records the hash signed', () => {
    const pledge = signedPledge();
    const result = verifyPledge(pledge.verificationCode)!;
    expect(result.check).toMatchObject({ intact: true, problem: null, event: pledge.printed });
    expect(result.check.head!.id).toBeGreaterThan(pledge.printed.id);
  });

  it('rewriting the body and its stored sha256 (triggers dropped) shows as broken', () => {
    const pledge = signedPledge();
    const hash = forgeText(pledge);
    const result = verifyPledge(pledge.verificationCode)!;
    // What the old page compared still agrees: that is the forgery the chain now catches.
    expect(result.document.hash).toBe(hash);
    expect(result.signature.sha256).toBe(hash);
    expect(result.check).toMatchObject({ intact: false, problem: 'chainText' });
    // The countersignature's code shows the same document, also broken.
    const counter = db
      .select()
      .from(pledgeSignatures)
      .where(eq(pledgeSignatures.issueId, pledge.issue.id))
      .all()
      .find((s) => s.kind === 'countersign')!;
    expect(verifyPledge(counter.verificationCode)!.check.intact).toBe(false);
  });

  it('deleting the signature event shows as broken', () => {
    const pledge = signedPledge();
    withTriggersDropped(sqlite, () => sqlite.prepare('delete from audit_events where id = ?').run(pledge.printed.id));
    expect(verifyPledge(pledge.verificationCode)!.check).toMatchObject({ intact: false, problem: 'notInChain' });
    expect(verifyAuditChain().broken).toMatchObject({ id: pledge.printed.id + 1, reason: 'missing' });
  });

  it('also rewriting the hash recorded in the event breaks the chain from there', () => {
    const pledge = signedPledge();
    forgeTextAndEvent(pledge);
    expect(verifyPledge(pledge.verificationCode)!.check).toMatchObject({ intact: false, problem: 'chainBroken' });
  });

  it('a full rewrite of the chain from the event on passes the page, but no longer matches the printed copy', () => {
    const pledge = signedPledge();
    forgeTextAndEvent(pledge);
    rehashChainFrom(sqlite, pledge.printed.id);
    const result = verifyPledge(pledge.verificationCode)!;
    expect(result.check.intact).toBe(true);
    expect(result.check.event!.id).toBe(pledge.printed.id);
    expect(result.check.event!.hash).not.toBe(pledge.printed.hash);
  });
});
