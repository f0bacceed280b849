import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { requireViewer } from '@/lib/auth/guard';
import { redirect } from '@/lib/i18n/navigation';
import { campaignManagerIds, getCampaign } from './data';
import { canManageCampaign } from './permissions';

/** For a campaign's organizer pages: the campaign named in the URL, if the viewer manages it (or is an admin). */
export async function requireManagedCampaign(param: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const campaignId = id.safeParse(param);
  const campaign = campaignId.success ? getCampaign(campaignId.data) : undefined;
  if (!campaign) notFound();
  if (!canManageCampaign(viewer, campaignManagerIds(campaign.id))) return redirect({ href: '/forbidden', locale: await getLocale() });
  return { viewer, campaign };
}
