/** Signatures checked: the public verification page, and each signature against its event in the audit chain. */
import { and, eq, inArray } from 'drizzle-orm';
import { db, type Db } from '@/db';
import { auditEvents, organizations, pledgeSignatures, pledgeVersions, users, type PledgeSignature } from '@/db/schema';
import { auditChainHead, chainEventFor, verifyChainFrom } from '@/lib/audit/data';
import { mismatchOf, type AnchorMismatch } from '@/lib/audit/anchor-report';
import type { AuditLink } from '@/lib/audit/mutations';
import { pledgeDocument } from '../canonical';
import { getVersion } from './campaigns';
import { getIssue } from './issues';

/** For the public verification page: the signatures of the document a code belongs to. */
export function verificationByCode(code: string) {
  const signature = db.select().from(pledgeSignatures).where(eq(pledgeSignatures.verificationCode, code)).get();
  if (!signature) return undefined;
  const issue = getIssue(signature.issueId)!;
  const version = getVersion(signature.versionId)!;
  const all = db
    .select({
      kind: pledgeSignatures.kind,
      signerName: pledgeSignatures.signerName,
      signedAt: pledgeSignatures.signedAt,
      sha256: pledgeSignatures.sha256,
      organizationName: organizations.name,
      signerId: users.id,
    })
    .from(pledgeSignatures)
    .innerJoin(organizations, eq(organizations.id, pledgeSignatures.organizationId))
    .innerJoin(users, eq(users.id, pledgeSignatures.signerId))
    .where(eq(pledgeSignatures.issueId, signature.issueId))
    .orderBy(pledgeSignatures.id)
    .all();
  return { signature, issue, version, signatures: all };
}

export type SignatureCheck = {
  intact: boolean;
  /** text: the rebuilt text no longer hashes to the signature's stored hash; notInChain: no
   *  signature event; chainText: the event records another hash; chainBroken: the chain does not
   *  check from the event to the head (decision 0012). */
  problem: null | 'text' | 'notInChain' | 'chainText' | 'chainBroken';
  /** The signature event: the chain position printed on the pledge. */
  event: AuditLink | null;
  head: AuditLink | null;
};

/** The representative's signature event in the audit chain: the pledge's anchor. */
export function signatureEvent(issueId: number): AuditLink | null {
  const event = chainEventFor('pledgeIssue.sign', 'pledgeIssue', issueId);
  return event?.hash ? { id: event.id, hash: event.hash } : null;
}

/**
 * Checks a signed text against the chain, not only against the hash stored beside it: the
 * SHA-256 the signer signed is recorded in the signature's audit event, so rewriting the
 * version body and the stored hash together still shows, and so does rewriting the event.
 */
export function checkSignature(
  signature: Pick<PledgeSignature, 'issueId' | 'sha256'>,
  documentHash: string,
): SignatureCheck {
  const event = chainEventFor('pledgeIssue.sign', 'pledgeIssue', signature.issueId);
  const head = auditChainHead();
  if (!event?.hash) return { intact: false, problem: 'notInChain', event: null, head };
  const link = { id: event.id, hash: event.hash };
  const fail = (problem: SignatureCheck['problem']): SignatureCheck => ({ intact: false, problem, event: link, head });
  if (verifyChainFrom(event.id).broken) return fail('chainBroken');
  if ((event.changes as { sha256?: unknown } | null)?.sha256 !== documentHash) return fail('chainText');
  if (signature.sha256 !== documentHash) return fail('text');
  return { intact: true, problem: null, event: link, head };
}

/** What /verify/<code> shows: the signed document rebuilt from the database, and its check against the chain. */
export function verifyPledge(code: string) {
  const found = verificationByCode(code);
  if (!found) return undefined;
  const document = pledgeDocument(found.version, found.issue.issue.organizationId);
  return { ...found, document, check: checkSignature(found.signature, document.hash) };
}

const signatureActions = { representative: 'pledgeIssue.sign', countersign: 'pledgeIssue.countersign' } as const;

/**
 * For `npm run audit:verify`: the first signature (in id order) that disagrees with the chain.
 * Each signature's event records the SHA-256 signed; the stored hash must equal it (catches the
 * body and stored hash rewritten together, issue 11 finding 2) and the version's text must still
 * hash to it (catches the body rewritten alone). Events from before the countersignature recorded
 * a hash carry none and are not compared.
 */
export function firstPledgeSignatureMismatch(database: Db = db): AnchorMismatch | null {
  const events = new Map<string, { id: number; changes: unknown }>();
  for (const event of database
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityId: auditEvents.entityId,
      changes: auditEvents.changes,
    })
    .from(auditEvents)
    .where(and(inArray(auditEvents.action, Object.values(signatureActions)), eq(auditEvents.entityType, 'pledgeIssue')))
    .orderBy(auditEvents.id)
    .all()) {
    const key = `${event.action}:${event.entityId}`;
    if (!events.has(key)) events.set(key, event);
  }
  const signatures = database
    .select({
      id: pledgeSignatures.id,
      issueId: pledgeSignatures.issueId,
      kind: pledgeSignatures.kind,
      sha256: pledgeSignatures.sha256,
      organizationId: pledgeSignatures.organizationId,
      body: pledgeVersions.body,
      targets: pledgeVersions.targets,
    })
    .from(pledgeSignatures)
    .innerJoin(pledgeVersions, eq(pledgeVersions.id, pledgeSignatures.versionId))
    .orderBy(pledgeSignatures.id)
    .all();
  for (const signature of signatures) {
    const event = events.get(`${signatureActions[signature.kind]}:${signature.issueId}`);
    const mismatch = mismatchOf('pledgeSignature', signature.id, event?.id ?? null);
    if (!event) return mismatch('notInChain');
    const recorded = (event.changes as { sha256?: unknown } | null)?.sha256;
    if (recorded !== undefined && recorded !== signature.sha256) return mismatch('chainHash');
    if (pledgeDocument(signature, signature.organizationId).hash !== signature.sha256) return mismatch('text');
  }
  return null;
}
