import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AuditChanges } from '@/components/audit/AuditChanges';
import { AuditFilters } from '@/components/audit/AuditFilters';
import { auditEntityHref, auditLabels } from '@/components/audit/labels';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { Table } from '@/components/ui/Table';
import { Pagination } from '@/components/ui/Pagination';
import { auditChainHead, listAuditActions, listAuditEvents, verifyAuditChainForView } from '@/lib/audit/data';
import { auditFilter } from '@/lib/audit/schema';
import { requirePermission } from '@/lib/auth/guard';
import { canReadAuditLog } from '@/lib/audit/permissions';
import { Link } from '@/lib/i18n/navigation';
import { formatDateTime, SITE_TIME_ZONE } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requirePermission(canReadAuditLog, '/admin/audit');
  const query = await searchParams;
  const filter = auditFilter.parse(query);
  const t = await getTranslations('audit');
  const labels = auditLabels(t);
  const { rows, total } = listAuditEvents(filter);
  // From the last verified position, or the whole walk (first view, hourly, or asked for): decision 0030.
  const chain = verifyAuditChainForView({ full: query.chain === 'full' });
  const at = (ms: number) => formatDateTime(new Date(ms), locale, SITE_TIME_ZONE);
  const head = auditChainHead();

  return (
    <div>
      <PageHeader title={t('title')} description={t('count', { count: total })} />
      <section aria-labelledby="chain-heading" className="mb-4 rounded-lg border border-line bg-white p-4 text-sm">
        <h2 id="chain-heading" className="font-semibold">
          {t('chain.title')}
        </h2>
        <p
          role="status"
          className={
            chain.broken || chain.rewritten
              ? 'mt-1 font-semibold text-danger-700'
              : 'mt-1 font-semibold text-success-800'
          }
        >
          {chain.rewritten
            ? chain.rewritten.now
              ? t('chain.rewritten', {
                  id: chain.rewritten.id,
                  was: chain.rewritten.was,
                  now: chain.rewritten.now,
                  time: at(chain.rewritten.verifiedAt),
                })
              : t('chain.rewrittenGone', { id: chain.rewritten.id, time: at(chain.rewritten.verifiedAt) })
            : chain.broken
              ? chain.verifiedUpTo === null
                ? t('chain.brokenAtStart', { id: chain.broken.id })
                : t('chain.broken', { id: chain.broken.id, verified: chain.verifiedUpTo })
              : chain.verifiedUpTo === null
                ? t('chain.empty')
                : t('chain.verified', { id: chain.verifiedUpTo })}
        </p>
        {chain.verifiedUpTo === null ? null : chain.walk === 'full' ? (
          <p className="mt-1 text-muted">{t('chain.walkedNow')}</p>
        ) : (
          <p className="mt-1 text-muted">
            {t.rich('chain.walkedSince', {
              since: chain.since ?? 0,
              time: at(chain.fullWalkAt),
              link: (chunks) => (
                <Link href="/admin/audit?chain=full" className="text-brand-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {head ? (
          <p className="mt-1 break-all">
            <span className="text-muted">{t('chain.head')}:</span>{' '}
            <span className="font-mono">{t('chain.headAt', { id: head.id, hash: head.hash })}</span>
          </p>
        ) : null}
      </section>
      <AuditFilters filter={filter} actions={listAuditActions()} />
      {rows.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <Table
          caption={t('title')}
          className="min-w-[48rem]"
          bodyClassName="align-top"
          columns={[
            { label: t('time') },
            { label: t('actor') },
            { label: t('action') },
            { label: t('entity') },
            { label: t('changes') },
          ]}
        >
          {rows.map((event) => (
            <tr key={event.id}>
              <td className="px-4 py-2 whitespace-nowrap">
                <time dateTime={event.createdAt.toISOString()}>
                  {formatDateTime(event.createdAt, locale, SITE_TIME_ZONE)}
                </time>
              </td>
              <td className="px-4 py-2 whitespace-nowrap">{event.actorName ?? t('system')}</td>
              <td className="px-4 py-2">{labels.action(event.action)}</td>
              <td className="px-4 py-2 whitespace-nowrap">
                <AuditEntity href={auditEntityHref(event.entityType, event.entityId)}>
                  {labels.entity(event.entityType)} #{event.entityId}
                </AuditEntity>
              </td>
              <td className="px-4 py-2">
                <AuditChanges changes={event.changes} />
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        pathname="/admin/audit"
        query={{
          entityType: filter.entityType,
          action: filter.action || undefined,
          actor: filter.actor || undefined,
          entityId: filter.entityId ? String(filter.entityId) : undefined,
        }}
        page={filter.page}
        total={total}
      />
    </div>
  );
}

function AuditEntity({ href, children }: { href: string | null; children: ReactNode }) {
  return href ? (
    <Link href={href} className="text-brand-800 underline">
      {children}
    </Link>
  ) : (
    <>{children}</>
  );
}
