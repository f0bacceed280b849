import type { CommitteeRole, NominationStatus, RoundStatus } from '@/db/schema/enums';
import { hasRole, type Actor } from '@/lib/auth/permissions';

/** Site organizers (and admins) may start an award; whoever does becomes its first manager. */
export const canCreateAwards = (actor: Actor) => hasRole(actor, 'organizer');

export type CommitteeSeat = { userId: number; role: CommitteeRole };

/** Who holds a part in one award: its managers (decision 0014) and its committee. */
export type AwardStaff = { managerIds: readonly number[]; committee: readonly CommitteeSeat[] };

export const committeeRole = (actor: Actor, committee: readonly CommitteeSeat[]) =>
  actor ? (committee.find((seat) => seat.userId === actor.id)?.role ?? null) : null;

/**
 * An award is run by its own managers, a role held per award like a meeting's organizers,
 * and by admins. A manager who has lost the site organizer role no longer manages.
 */
export function canManageAward(actor: Actor, staff: Pick<AwardStaff, 'managerIds'>): boolean {
  if (hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'organizer') && staff.managerIds.includes(actor!.id);
}

/** Screening and running rounds: the award's managers or the committee's chair. */
export const canScreen = (actor: Actor, staff: AwardStaff) =>
  canManageAward(actor, staff) || committeeRole(actor, staff.committee) === 'chair';
export const canRunRounds = canScreen;

/** "The chair then publishes them" — or an admin standing in. */
export const canPublishResults = (actor: Actor, staff: AwardStaff) =>
  hasRole(actor, 'admin') || committeeRole(actor, staff.committee) === 'chair';

export const canVote = (actor: Actor, staff: AwardStaff) => committeeRole(actor, staff.committee) !== null;

/** Results exist for the managers and the committee once the round has closed; for everyone once published. */
export function canSeeResults(actor: Actor, staff: AwardStaff, status: RoundStatus): boolean {
  if (status === 'published') return true;
  if (status !== 'closed') return false;
  return canManageAward(actor, staff) || committeeRole(actor, staff.committee) !== null;
}

/** Nominations the committee votes on. */
export const isOnBallot = (status: NominationStatus) => status === 'eligible';
