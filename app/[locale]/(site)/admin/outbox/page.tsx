import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/auth/guard';
import { readEnv } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { formatDateTime, SITE_TIME_ZONE } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listOutbox } from '@/lib/mail/data';

export async function generateMetadata() {
  const t = await getTranslations('outbox');
  return { title: t('title') };
}

/** Every email the app has written; without SMTP_URL this is where they wait. */
export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const locale = await pageLocale(params);
  await requireRole('admin', '/admin/outbox');
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const t = await getTranslations('outbox');
  const { rows, total } = listOutbox(page);
  return (
    <div>
      <PageHeader
        title={t('title')}
        description={readEnv().SMTP_URL ? t('smtpOn', { count: total }) : t('smtpOff', { count: total })}
      />
      {rows.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {rows.map((email) => (
            <li key={email.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link
                  href={`/admin/outbox/${email.id}`}
                  className="font-medium text-brand-800 underline-offset-4 hover:underline"
                >
                  {email.subject}
                </Link>
                <p className="text-sm break-all text-muted">
                  {email.to} · {formatDateTime(email.createdAt, locale, SITE_TIME_ZONE)}
                </p>
              </div>
              <Badge tone={email.sentAt ? 'success' : email.lastError ? 'warning' : 'neutral'}>
                {email.sentAt ? t('sent') : email.lastError ? t('failed', { attempts: email.attempts }) : t('waiting')}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/admin/outbox" query={{}} page={page} total={total} />
    </div>
  );
}
