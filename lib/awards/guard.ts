import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { requireViewer } from '@/lib/auth/guard';
import { redirect } from '@/lib/i18n/navigation';
import { awardStaff, getAward } from './data';
import { canManageAward, canScreen, committeeRole } from './permissions';

/** The award named in the URL, or not found. */
export function awardFromParam(param: string) {
  const awardId = id.safeParse(param);
  const award = awardId.success ? getAward(awardId.data) : undefined;
  if (!award) notFound();
  return award;
}

/** For the award's organizer pages: its managers and admins, and the committee's chair. */
export async function requireAwardOrganizer(param: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const award = awardFromParam(param);
  const staff = awardStaff(award.id);
  if (!canScreen(viewer, staff)) return redirect({ href: '/forbidden', locale: await getLocale() });
  return { viewer, award, staff, manages: canManageAward(viewer, staff) };
}

/** For ballot pages: members of the award's committee only. */
export async function requireCommitteeMember(param: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const award = awardFromParam(param);
  const staff = awardStaff(award.id);
  const role = committeeRole(viewer, staff.committee);
  if (!role) return redirect({ href: '/forbidden', locale: await getLocale() });
  return { viewer, award, staff, role };
}
