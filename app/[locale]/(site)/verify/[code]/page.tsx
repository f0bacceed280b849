import { getTranslations } from 'next-intl/server';
import { CheckTextForm } from '@/components/pledges/CheckTextForm';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageLocale } from '@/lib/i18n/page-locale';
import { clientKey, overLimit } from '@/lib/limits/guard';
import { requestContext } from '@/lib/request/context';
import { verifyPledge } from '@/lib/pledges/data';
import { formatTime } from '@/lib/pledges/format';

export async function generateMetadata() {
  const t = await getTranslations('pledges.verify');
  return { title: t('title') };
}

/**
 * Public, no sign-in: anyone holding a printed pledge checks it here. Shows the hash,
 * who signed and when, and whether the stored text still hashes to the signed value as
 * recorded in the audit chain; and the signature's chain position and the current head,
 * to compare with those printed on paper (decision 0012).
 */
export default async function VerifyPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const [t, errors] = await Promise.all([getTranslations('pledges'), getTranslations('errors')]);
  // Codes are short: lookups are limited per client, so they cannot be enumerated (docs/decisions/0018).
  const limited = overLimit('verify', clientKey((await requestContext()).ip));
  if (limited) {
    return (
      <div className="mx-auto max-w-2xl">
        <EmptyState title={errors('rateLimited', limited)} heading="h1" />
      </div>
    );
  }
  const found = /^[0-9A-Za-z]{4,20}$/.test(code) ? verifyPledge(code.toUpperCase()) : undefined;
  if (!found) {
    return (
      <div className="mx-auto max-w-2xl">
        <EmptyState title={t('verify.unknown')} heading="h1" />
      </div>
    );
  }
  const { document, check } = found;
  const intact = check.intact;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={t('verify.title')}
        description={`${found.issue.campaign.title} · ${found.issue.organizationName}`}
      />
      <Card>
        <p className={intact ? 'font-semibold text-success-800' : 'font-semibold text-danger-700'} role="status">
          {intact ? t('verify.intact') : t('verify.broken')}
        </p>
        {check.problem ? <p className="mt-1 text-danger-700">{t(`verify.problem.${check.problem}`)}</p> : null}
        <dl className="mt-3 space-y-2 text-sm">
          <div>
            <dt className="text-muted">{t('document.code')}</dt>
            <dd className="font-mono">{found.signature.verificationCode}</dd>
          </div>
          <div>
            <dt className="text-muted">{t('csv.sha256')}</dt>
            <dd className="font-mono break-all">{found.signature.sha256}</dd>
          </div>
          <div>
            <dt className="text-muted">{t('verify.version')}</dt>
            <dd>{t('document.version', { number: found.version.number })}</dd>
          </div>
          {check.event ? (
            <div>
              <dt className="text-muted">{t('verify.chainEvent')}</dt>
              <dd className="font-mono break-all">
                {t('verify.eventAt', { id: check.event.id })} · {check.event.hash}
              </dd>
            </div>
          ) : null}
          {check.head ? (
            <div>
              <dt className="text-muted">{t('verify.chainHead')}</dt>
              <dd className="font-mono break-all">
                {t('verify.eventAt', { id: check.head.id })} · {check.head.hash}
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-3 text-sm text-muted">{t('verify.chainHint')}</p>
      </Card>
      <Card title={t('verify.signers')}>
        <ul className="space-y-2">
          {found.signatures.map((s, index) => (
            <li key={index}>
              <span className="font-medium">{s.signerName}</span> · {t(`verify.kind.${s.kind}`)} ·{' '}
              {s.kind === 'representative' ? s.organizationName : t('document.hostBlock')} ·{' '}
              {formatTime(s.signedAt, locale)}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('verify.checkTitle')}>
        <CheckTextForm code={found.signature.verificationCode} />
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-brand-800">{t('verify.showText')}</summary>
          <pre className="mt-2 overflow-x-auto rounded-md bg-surface p-3 whitespace-pre-wrap">{document.text}</pre>
        </details>
      </Card>
    </div>
  );
}
