import type { CommitteeRole, NominationStatus, RoundStatus } from '@/db/schema/enums';
import { hasRole, type Actor } from '@/lib/auth/permissions';

/** Awards are run by the site's organizers (and admins); the committee is appointed per award. */
export const canManageAwards = (actor: Actor) => hasRole(actor, 'organizer');

export type CommitteeSeat = { userId: number; role: CommitteeRole };
export const committeeRole = (actor: Actor, committee: readonly CommitteeSeat[]) => (actor ? committee.find((seat) => seat.userId === actor.id)?.role ?? null : null);

/** Screening and running rounds: the organizers or the committee's chair. */
export const canScreen = (actor: Actor, committee: readonly CommitteeSeat[]) => canManageAwards(actor) || committeeRole(actor, committee) === 'chair';
export const canRunRounds = canScreen;

/** "The chair then publishes them" — or an admin standing in. */
export const canPublishResults = (actor: Actor, committee: readonly CommitteeSeat[]) => hasRole(actor, 'admin') || committeeRole(actor, committee) === 'chair';

export const canVote = (actor: Actor, committee: readonly CommitteeSeat[]) => committeeRole(actor, committee) !== null;

/** Results exist for the organizers and the committee once the round has closed; for everyone once published. */
export function canSeeResults(actor: Actor, committee: readonly CommitteeSeat[], status: RoundStatus): boolean {
  if (status === 'published') return true;
  if (status !== 'closed') return false;
  return canManageAwards(actor) || committeeRole(actor, committee) !== null;
}

/** Nominations the committee votes on. */
export const isOnBallot = (status: NominationStatus) => status === 'eligible';
