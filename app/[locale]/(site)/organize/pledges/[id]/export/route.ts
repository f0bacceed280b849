import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { excelCsv } from '@/lib/csv';
import { routing } from '@/lib/i18n/routing';
import { campaignDashboard, campaignManagerIds, getCampaign } from '@/lib/pledges/data';
import { formatTime } from '@/lib/pledges/format';
import { canManageCampaign } from '@/lib/pledges/permissions';

/** The campaign dashboard as CSV: UTF-8 with a byte-order mark, so Excel keeps the Chinese. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: rawId } = await params;
  const campaignId = id.safeParse(rawId);
  const campaign = campaignId.success ? getCampaign(campaignId.data) : undefined;
  if (!campaign || !hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (!canManageCampaign(await getViewer(), campaignManagerIds(campaign.id)))
    return new Response('Forbidden', { status: 403 });
  const t = await getTranslations({ locale, namespace: 'pledges' });
  const when = (date: Date | null) => (date ? formatTime(date, locale) : '');
  const header = (
    [
      'organization',
      'status',
      'issuedAt',
      'viewedAt',
      'signer',
      'signedAt',
      'version',
      'sha256',
      'code',
      'countersigner',
      'countersignedAt',
      'declineReason',
      'progress',
    ] as const
  ).map((key) => t(`csv.${key}`));
  const body = campaignDashboard(campaign.id).map((row) => [
    row.organizationName,
    t(`status.${row.status}`),
    when(row.issuedAt),
    when(row.viewedAt),
    row.signerName ?? '',
    when(row.signedAt),
    row.signedVersion ? String(row.signedVersion) : '',
    row.sha256 ?? '',
    row.verificationCode ?? '',
    row.countersignerName ?? '',
    when(row.countersignedAt),
    row.declineReason ?? '',
    row.signedAt ? `${row.progressPercent}%` : '',
  ]);
  const csv = excelCsv([header, ...body]);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pledge-${campaign.id}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
