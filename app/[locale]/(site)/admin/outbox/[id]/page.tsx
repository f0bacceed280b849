import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/Card';
import { BackLink } from '@/components/ui/BackLink';
import { id as idSchema } from '@/lib/actions/fields';
import { requireRole } from '@/lib/auth/guard';
import { formatDateTime, SITE_TIME_ZONE } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getOutboxEmail } from '@/lib/mail/data';

export default async function OutboxEmailPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireRole('admin', `/admin/outbox/${id}`);
  const parsed = idSchema.safeParse(id);
  const email = parsed.success ? getOutboxEmail(parsed.data) : undefined;
  if (!email) notFound();
  const t = await getTranslations('outbox');
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/admin/outbox">{t('back')}</BackLink>
      <Card title={email.subject}>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t('to')}</dt>
          <dd className="break-all">{email.to}</dd>
          <dt className="text-muted">{t('created')}</dt>
          <dd>{formatDateTime(email.createdAt, locale, SITE_TIME_ZONE)}</dd>
          <dt className="text-muted">{t('status')}</dt>
          <dd>
            {email.sentAt
              ? t('sentAt', { time: formatDateTime(email.sentAt, locale, SITE_TIME_ZONE) })
              : email.lastError
                ? `${t('failed', { attempts: email.attempts })} — ${email.lastError}`
                : t('waiting')}
          </dd>
          {email.attachments?.length ? (
            <>
              <dt className="text-muted">{t('attachments')}</dt>
              <dd>{email.attachments.map((attachment) => attachment.filename).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        {/* The plain-text part: the same words as the HTML, with nothing that could run in this page. */}
        <pre className="whitespace-pre-wrap break-words font-sans">{email.text}</pre>
      </Card>
    </div>
  );
}
