import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { requireViewer } from '@/lib/auth/guard';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/db/schema/enums';
import type { Viewer } from '@/lib/auth/session';
import { campaignManagerIds, getCampaign, getIssue, representedOrganizationIds } from './data';
import { canManageCampaign } from './permissions';

/** For a campaign's organizer pages: the campaign named in the URL, if the viewer manages it (or is an admin). */
export async function requireManagedCampaign(param: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const campaignId = id.safeParse(param);
  const campaign = campaignId.success ? getCampaign(campaignId.data) : undefined;
  if (!campaign) notFound();
  if (!canManageCampaign(viewer, campaignManagerIds(campaign.id)))
    return redirect({ href: '/forbidden', locale: await getLocale() });
  return { viewer, campaign };
}

/**
 * Who may read one organization's pledge (the document, its evidence files): the
 * organization's representatives and the campaign's managers. The one check behind the
 * document page and the evidence download.
 */
export function issueReader(viewer: Viewer, issue: { organizationId: number; campaignId: number }) {
  const represents = representedOrganizationIds(viewer.id).includes(issue.organizationId);
  const manages = canManageCampaign(viewer, campaignManagerIds(issue.campaignId));
  return { represents, manages, reads: represents || manages };
}

/** For the pledge document page: the issue named in the URL, if the viewer may read it. */
export async function requireIssueReader(param: string, locale: Locale) {
  const viewer = await requireViewer(`/pledges/${param}`);
  const issueId = id.safeParse(param);
  const found = issueId.success ? getIssue(issueId.data) : undefined;
  if (!found) notFound();
  const { represents, manages, reads } = issueReader(viewer, found.issue);
  if (!reads) return redirect({ href: '/forbidden', locale });
  return { ...found, viewer, represents, manages };
}
