import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { requireViewer } from '@/lib/auth/guard';
import { redirect } from '@/lib/i18n/navigation';
import { committeeSeats, getAward } from './data';
import { canScreen, committeeRole } from './permissions';

/** The award named in the URL, or not found. */
export function awardFromParam(param: string) {
  const awardId = id.safeParse(param);
  const award = awardId.success ? getAward(awardId.data) : undefined;
  if (!award) notFound();
  return award;
}

/** For the award's organizer pages: site organizers and admins, and the committee's chair. */
export async function requireAwardOrganizer(param: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const award = awardFromParam(param);
  const seats = committeeSeats(award.id);
  if (!canScreen(viewer, seats)) return redirect({ href: '/forbidden', locale: await getLocale() });
  return { viewer, award, seats };
}

/** For ballot pages: members of the award's committee only. */
export async function requireCommitteeMember(param: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const award = awardFromParam(param);
  const seats = committeeSeats(award.id);
  const role = committeeRole(viewer, seats);
  if (!role) return redirect({ href: '/forbidden', locale: await getLocale() });
  return { viewer, award, seats, role };
}
