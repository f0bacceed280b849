import { getTranslations } from 'next-intl/server';
import { ManagersCard } from '@/components/managers/ManagersCard';
import { IssueForm } from '@/components/pledges/IssueForm';
import { PledgeStatusBadge } from '@/components/pledges/PledgeStatusBadge';
import { RemindForm } from '@/components/pledges/RemindForm';
import { Card } from '@/components/ui/Card';
import { buttonClass } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { Link } from '@/lib/i18n/navigation';
import { requireManagedCampaign } from '@/lib/pledges/guard';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listActiveOrganizationChoices } from '@/lib/organizations/data';
import { addCampaignManagerAction, removeCampaignManagerAction } from '@/lib/pledges/actions';
import { campaignDashboard, listCampaignManagerCandidates, listCampaignManagers } from '@/lib/pledges/data';
import { formatDay, formatTime } from '@/lib/pledges/format';
import { dashboardTiles, tileNames } from '@/lib/pledges/tiles';

export async function generateMetadata() {
  const t = await getTranslations('pledges');
  return { title: t('dashboard.title') };
}

/** Per organization: where it stands, which version it signed, how far it got with its targets. */
export default async function CampaignDashboardPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id: raw } = await params;
  const { campaign } = await requireManagedCampaign(raw, `/organize/pledges/${raw}`);
  const t = await getTranslations('pledges');
  const managersT = await getTranslations('managers');
  const rows = campaignDashboard(campaign.id);
  const issuedIds = new Set(rows.map((row) => row.organizationId));
  const organizations = listActiveOrganizationChoices().map((o) => ({ ...o, issued: issuedIds.has(o.id) }));
  const counts = dashboardTiles(rows);
  const signedCount = rows.filter((row) => row.signedAt).length;
  const onTrack = rows.filter((row) => row.signedAt && row.onTrack).length;

  return (
    <div className="space-y-6">
      <BackLink href="/organize/pledges">{t('campaigns')}</BackLink>
      <PageHeader
        title={campaign.title}
        description={`${t('dueOn', { date: formatDay(campaign.signingDueAt, locale) })} · ${t('document.version', { number: campaign.currentVersion })}`}
        actions={
          <>
            <Link href={`/organize/pledges/${campaign.id}/edit`} className={buttonClass('secondary')}>
              {t('editCampaign')}
            </Link>
            <Link href={`/organize/pledges/${campaign.id}/summary`} className={buttonClass('secondary')}>
              {t('summary.link')}
            </Link>
            <a href={`/${locale}/organize/pledges/${campaign.id}/export`} className={buttonClass('secondary')} download>
              {t('dashboard.export')}
            </a>
          </>
        }
      />
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6">
        {tileNames.map((s) => (
          <div key={s} className="rounded-lg border border-line bg-white p-3 text-center">
            <dt className="text-sm text-muted">{t(`status.${s}`)}</dt>
            <dd className="text-2xl font-bold">{counts[s]}</dd>
          </div>
        ))}
      </dl>
      <Card title={t('dashboard.organizations')}>
        {rows.length === 0 ? (
          <EmptyState title={t('dashboard.noneIssued')} />
        ) : (
          <div className="scroll-hint overflow-x-auto" data-testid="organizations-table" tabIndex={0}>
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead>
                <tr className="border-b border-line">
                  <th className="py-2 pe-2">{t('dashboard.organization')}</th>
                  <th className="py-2 pe-2">{t('dashboard.status')}</th>
                  <th className="py-2 pe-2">{t('dashboard.signed')}</th>
                  <th className="py-2 pe-2">{t('dashboard.versionSigned')}</th>
                  <th className="py-2 pe-2">{t('dashboard.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.issueId} className="border-b border-line last:border-0">
                    <td className="py-2 pe-2">
                      <Link href={`/pledges/${row.issueId}`} className="text-brand-800 underline">
                        {row.organizationName}
                      </Link>
                    </td>
                    <td className="py-2 pe-2">
                      <PledgeStatusBadge status={row.status} />
                      {row.declineReason ? <p className="text-xs text-muted">{row.declineReason}</p> : null}
                    </td>
                    <td className="py-2 pe-2">
                      {row.signedAt ? `${row.signerName} · ${formatTime(row.signedAt, locale)}` : '—'}
                    </td>
                    <td className="py-2 pe-2">
                      {row.signedVersion ? t('document.version', { number: row.signedVersion }) : '—'}
                    </td>
                    <td className="py-2 pe-2">
                      {row.signedAt ? (
                        <>
                          {t('dashboard.progressValue', {
                            percent: row.progressPercent,
                            done: row.done,
                            total: row.targets,
                          })}{' '}
                          <span className={row.onTrack ? 'text-success-800' : 'text-warning-800'}>
                            {row.onTrack ? t('dashboard.onTrack') : t('dashboard.behind')}
                          </span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-3 text-sm text-muted">
          {t('dashboard.summary', { signed: signedCount, total: rows.length, onTrack })}
        </p>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('issue.title')}>
          <IssueForm campaignId={campaign.id} organizations={organizations} />
        </Card>
        <Card title={t('dashboard.remindTitle')}>
          <p className="mb-3 text-sm text-muted">{t('dashboard.remindHelp')}</p>
          <RemindForm campaignId={campaign.id} />
        </Card>
      </div>
      <Card title={managersT('title')}>
        <ManagersCard
          field="campaignId"
          recordId={campaign.id}
          managers={listCampaignManagers(campaign.id)}
          candidates={listCampaignManagerCandidates(campaign.id)}
          addAction={addCampaignManagerAction}
          removeAction={removeCampaignManagerAction}
        />
      </Card>
    </div>
  );
}
