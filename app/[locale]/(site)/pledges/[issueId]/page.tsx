import { getTranslations } from 'next-intl/server';
import { ChainAnchor } from '@/components/audit/ChainAnchor';
import { PledgeBody } from '@/components/pledges/PledgeBody';
import { PledgeStatusBadge } from '@/components/pledges/PledgeStatusBadge';
import { ProgressForm } from '@/components/pledges/ProgressForm';
import { MarkViewed } from '@/components/pledges/MarkViewed';
import { CountersignForm, DeclineForm, SignForm } from '@/components/pledges/SignForms';
import { Card } from '@/components/ui/Card';
import { PrintButton } from '@/components/ui/PrintButton';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { targetsFor } from '@/lib/pledges/canonical';
import { auditChainHead } from '@/lib/audit/data';
import { currentVersion, getVersion, progressOf, signatureEvent, signaturesOfIssue } from '@/lib/pledges/data';
import { formatDay, formatTime } from '@/lib/pledges/format';
import { requireIssueReader } from '@/lib/pledges/guard';
import { verificationQrSvg } from '@/lib/pledges/verification';
import { appOrigin } from '@/lib/env';
import '@/components/fonts/chinese-web-font';
import { BackLink } from '@/components/ui/BackLink';

export async function generateMetadata() {
  const t = await getTranslations('pledges');
  return { title: t('document.title') };
}

/**
 * The pledge as one organization sees it: the text, its targets, the signature block,
 * and the forms that fit the viewer (sign or decline; countersign; report progress).
 * Printable on A4.
 */
export default async function PledgeDocumentPage({ params }: { params: Promise<{ locale: string; issueId: string }> }) {
  const locale = await pageLocale(params);
  const { issueId: raw } = await params;
  const { issue, campaign, organizationName, represents, manages } = await requireIssueReader(raw, locale);

  const t = await getTranslations('pledges');
  const signatures = signaturesOfIssue(issue.id);
  const signed = signatures.representative;
  // A full address, so the paper copy can be checked: the configured public origin, else this request's.
  const verifyUrl = signed
    ? `${appOrigin()}${getPathname({ href: `/verify/${signed.verificationCode}`, locale })}`
    : null;
  const verifyQr = verifyUrl ? await verificationQrSvg(verifyUrl) : '';
  const version = signed ? getVersion(signed.versionId)! : currentVersion(campaign);
  const targets = targetsFor(version.targets, issue.organizationId);
  const reports = progressOf(campaign.id, issue.organizationId);
  // The anchors printed on paper: the signature's place in the audit chain and the head as printed (decision 0012).
  const anchor = signed ? signatureEvent(issue.id) : null;
  const head = signed ? auditChainHead() : null;
  const status = signatures.countersign
    ? 'countersigned'
    : signed
      ? 'signed'
      : issue.declinedAt
        ? 'declined'
        : new Date() > campaign.signingDueAt
          ? 'overdue'
          : 'viewed';

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {represents && !issue.viewedAt ? <MarkViewed issueId={issue.id} /> : null}
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <BackLink href={manages ? `/organize/pledges/${campaign.id}` : '/pledges'}>{t('back')}</BackLink>
        <PrintButton>{t('document.print')}</PrintButton>
      </div>
      <article className="print-sheet space-y-6 rounded-lg border border-line bg-white p-5 sm:p-10 print:border-0 print:p-0">
        <header className="space-y-1 text-center">
          <h1 className="text-2xl font-bold">{campaign.title}</h1>
          <p className="text-muted">
            {organizationName} · {t('document.version', { number: version.number })}
          </p>
          <div className="print:hidden">
            <PledgeStatusBadge status={status} />
          </div>
        </header>
        <PledgeBody body={version.body} />
        <section aria-labelledby="targets-heading" className="space-y-2">
          <h2 id="targets-heading" className="text-lg font-semibold">
            {t('document.targets')}
          </h2>
          <ol className="list-decimal space-y-2 ps-6">
            {targets.map((target) => (
              <li key={target.id}>
                <p>{target.description}</p>
                <p className="text-sm text-muted">
                  {t('document.indicator')}: {target.indicator} · {t('document.due')}: {target.dueDate}
                </p>
              </li>
            ))}
          </ol>
        </section>
        <section
          aria-labelledby="signatures-heading"
          className="grid gap-4 border-t border-line pt-4 sm:grid-cols-2 print:grid-cols-2"
        >
          <h2 id="signatures-heading" className="sr-only">
            {t('document.signatures')}
          </h2>
          <div className="space-y-1">
            <p className="font-semibold">{t('document.representativeBlock', { organization: organizationName })}</p>
            {signed ? (
              <>
                <p className="text-xl">{signed.typedName}</p>
                <p className="text-sm text-muted">{formatTime(signed.signedAt, locale)}</p>
              </>
            ) : (
              <p className="h-12 border-b border-ink">
                <span className="sr-only">{t('document.unsigned')}</span>
              </p>
            )}
          </div>
          <div className="space-y-1">
            <p className="font-semibold">{t('document.hostBlock')}</p>
            {signatures.countersign ? (
              <>
                <p className="text-xl">{signatures.countersign.signerName}</p>
                <p className="text-sm text-muted">{formatTime(signatures.countersign.signedAt, locale)}</p>
              </>
            ) : (
              <p className="h-12 border-b border-ink">
                <span className="sr-only">{t('document.unsigned')}</span>
              </p>
            )}
          </div>
          {signed ? (
            <div className="space-y-1 text-sm sm:col-span-2 print:col-span-2">
              <p>
                {t('document.code')}: <span className="font-mono font-semibold">{signed.verificationCode}</span>{' '}
                <Link href={`/verify/${signed.verificationCode}`} className="text-brand-800 underline print:hidden">
                  {t('document.verifyLink')}
                </Link>
              </p>
              {/* On paper the link is a full address to type, and a QR code to scan. */}
              <div className="hidden items-center gap-4 print:flex" data-testid="verify-on-paper">
                <div
                  className="w-[28mm] shrink-0"
                  role="img"
                  aria-label={t('document.verifyQr')}
                  dangerouslySetInnerHTML={{ __html: verifyQr }}
                />
                <p className="break-all">{t('document.verifyAt', { url: verifyUrl! })}</p>
              </div>
              <p className="break-all">
                {t('csv.sha256')}: <span className="font-mono">{signed.sha256}</span>
              </p>
              {anchor ? <ChainAnchor label={t('document.chainEvent', { id: anchor.id })} hash={anchor.hash} /> : null}
              {head ? <ChainAnchor label={t('document.chainHead', { id: head.id })} hash={head.hash} /> : null}
            </div>
          ) : null}
        </section>
      </article>

      {issue.declinedAt ? (
        <Card title={t('document.declinedTitle')}>
          <p>{t('document.declinedOn', { date: formatTime(issue.declinedAt, locale) })}</p>
          <p className="mt-2 whitespace-pre-line">{issue.declineReason}</p>
        </Card>
      ) : null}

      {represents && !signed && !issue.declinedAt ? (
        <div className="space-y-6 print:hidden">
          <Card title={t('document.signTitle')}>
            <p className="mb-3 text-sm text-muted">
              {t('document.signHelp', { due: formatDay(campaign.signingDueAt, locale) })}
            </p>
            <SignForm issueId={issue.id} versionId={version.id} organization={organizationName} />
          </Card>
          <Card title={t('document.declineTitle')}>
            <DeclineForm issueId={issue.id} />
          </Card>
        </div>
      ) : null}

      {manages && signed && !signatures.countersign ? (
        <Card title={t('document.countersignTitle')} className="print:hidden">
          <CountersignForm issueId={issue.id} />
        </Card>
      ) : null}

      {signed ? (
        <Card title={t('progress.title')} className="print:hidden">
          <ul className="space-y-6">
            {targets.map((target) => {
              const report = reports.get(target.id);
              return (
                <li key={target.id} className="space-y-2 border-b border-line pb-4 last:border-0">
                  <p className="font-medium">{target.description}</p>
                  <p className="text-sm text-muted">
                    {report
                      ? t('progress.latest', {
                          status: t(`progress.statuses.${report.status}`),
                          percent: report.percent,
                          date: formatTime(report.createdAt, locale),
                        })
                      : t('progress.none')}
                  </p>
                  {report?.note ? <p className="text-sm whitespace-pre-line">{report.note}</p> : null}
                  {report?.evidencePath ? (
                    <a href={`/api/pledges/evidence/${report.id}`} className="text-sm text-brand-800 underline">
                      {t('progress.evidenceLink', { name: report.evidenceName ?? '' })}
                    </a>
                  ) : null}
                  {represents ? (
                    <ProgressForm
                      issueId={issue.id}
                      targetId={target.id}
                      current={report ? { status: report.status, percent: report.percent } : undefined}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
