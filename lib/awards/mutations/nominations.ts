/** Nominations: submitted by anyone the award allows, edited through their private link, screened by the committee. */
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { nominations, users } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { diff, recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { localizedPath } from '@/lib/i18n/routing';
import { enqueueEmail } from '@/lib/mail/mutations';
import { receiptAllowed } from '@/lib/limits/mutations';
import { hashToken, newLinkToken } from '@/lib/registrations/tokens';
import { awardStaff, findDuplicate, getCategory, getNomination, getNominationByToken } from '../data';
import { nominationReceiptEmail } from '../emails';
import { awardError } from '../errors';
import { canScreen } from '../permissions';
import type { NominationInput } from '../schema';
import { loadAward, type Who } from './awards';

export type NominationContext = {
  now: Date;
  origin: string;
  locale: string;
  photoPath?: string | null;
  ip?: string | null;
};

/** A nomination from a member (as themselves) or, when the award allows it, from the public. Returns the private edit token. */
export function submitNomination(
  input: NominationInput,
  actor: Actor,
  context: NominationContext,
): { id: number; editToken: string } {
  const editToken = newLinkToken();
  return db.transaction((tx) => {
    const category = getCategory(input.categoryId, tx);
    if (!category) throw new AppError('notFound', { field: 'categoryId' });
    const award = loadAward(tx, category.awardId);
    if (context.now < award.nominationsOpenAt || context.now >= award.nominationsCloseAt)
      throw awardError('nominationsClosed');
    let nominator: { id: number | null; name: string; email: string };
    if (actor) {
      const me = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id)).get();
      if (!me) throw new AppError('notSignedIn');
      nominator = { id: actor.id, name: me.name, email: me.email };
    } else {
      if (!award.publicNominations) throw awardError('nominationsNotPublic');
      if (!input.nominatorName) throw awardError('nominatorNeeded', { field: 'nominatorName' });
      if (!input.nominatorEmail) throw awardError('nominatorNeeded', { field: 'nominatorEmail' });
      nominator = { id: null, name: input.nominatorName, email: input.nominatorEmail };
    }
    const duplicateOfId = findDuplicate(tx, category.id, input.nomineeNames);
    const { id } = tx
      .insert(nominations)
      .values({
        categoryId: category.id,
        kind: input.kind,
        nomineeNames: input.nomineeNames,
        organization: input.organization,
        citation: input.citation,
        photoPath: context.photoPath ?? null,
        nominatorId: nominator.id,
        nominatorName: nominator.name,
        nominatorEmail: nominator.email,
        locale: context.locale,
        editTokenHash: hashToken(editToken),
        duplicateOfId,
      })
      .returning({ id: nominations.id })
      .get();
    recordAudit(tx, {
      actorId: nominator.id,
      action: 'nomination.submit',
      entityType: 'nomination',
      entityId: id,
      changes: { categoryId: category.id, nomineeNames: input.nomineeNames, duplicateOfId },
    });
    // A public nominator types any address: receipts are limited per address and per client,
    // so the form cannot relay email. Past the limit the nomination still counts; the
    // nominator has the edit link on screen.
    if (actor || receiptAllowed(nominator.email, context.ip ?? null, context.now))
      enqueueEmail(
        tx,
        nominationReceiptEmail(
          {
            nomineeNames: input.nomineeNames,
            categoryName: category.name,
            categoryNameEn: category.nameEn,
            awardName: award.name,
            awardNameEn: award.nameEn,
            cycleYear: award.cycleYear,
            closesAt: award.nominationsCloseAt,
          },
          { name: nominator.name, email: nominator.email, locale: context.locale },
          { url: `${context.origin}${localizedPath(`/nominations/${editToken}`, context.locale)}`, token: editToken },
        ),
      );
    return { id, editToken };
  }, IMMEDIATE);
}

/** The nominator edits (by their private link) until the nomination window closes and while it is still unscreened. */
export function editNomination(editToken: string, input: NominationInput, context: NominationContext): void {
  db.transaction((tx) => {
    const before = getNominationByToken(hashToken(editToken), tx);
    if (!before) throw new AppError('notFound');
    const category = getCategory(before.categoryId, tx)!;
    const award = loadAward(tx, category.awardId);
    if (context.now >= award.nominationsCloseAt || before.status !== 'submitted') throw awardError('notEditable');
    const values = {
      kind: input.kind,
      nomineeNames: input.nomineeNames,
      organization: input.organization,
      citation: input.citation,
      ...(context.photoPath ? { photoPath: context.photoPath } : {}),
      duplicateOfId: findDuplicate(tx, category.id, input.nomineeNames, before.id),
    };
    const changes = diff(before, values);
    if (Object.keys(changes).length === 0) return;
    tx.update(nominations)
      .set({ ...values, updatedAt: context.now })
      .where(eq(nominations.id, before.id))
      .run();
    recordAudit(tx, {
      actorId: before.nominatorId,
      action: 'nomination.edit',
      entityType: 'nomination',
      entityId: before.id,
      changes,
    });
  }, IMMEDIATE);
}

export function screenNomination(
  input: {
    nominationId: number;
    status: 'submitted' | 'eligible' | 'ineligible' | 'withdrawn';
    reason: string | null;
    shortlisted: boolean;
  },
  actor: Who,
): void {
  db.transaction((tx) => {
    const before = getNomination(input.nominationId, tx);
    if (!before) throw new AppError('notFound');
    const category = getCategory(before.categoryId, tx)!;
    if (!canScreen(actor, awardStaff(category.awardId, tx))) throw new AppError('forbidden');
    if (input.status === 'ineligible' && !input.reason) throw awardError('reasonRequired', { field: 'reason' });
    const values = {
      status: input.status,
      ineligibleReason: input.status === 'ineligible' ? input.reason : null,
      // Only an eligible nomination can be on the shortlist.
      shortlisted: input.status === 'eligible' && input.shortlisted,
    };
    const changes = diff(before, values);
    if (Object.keys(changes).length === 0) return;
    tx.update(nominations)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(nominations.id, before.id))
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'nomination.screen',
      entityType: 'nomination',
      entityId: before.id,
      changes,
    });
  }, IMMEDIATE);
}
