import { getTranslations } from 'next-intl/server';
import { OrganizationFilters } from '@/components/organizations/OrganizationFilters';
import { Badge } from '@/components/ui/Badge';
import { ListPage } from '@/components/ui/ListPage';
import { Pagination } from '@/components/ui/Pagination';
import { requirePermission } from '@/lib/auth/guard';
import { canManageOrganizations } from '@/lib/organizations/permissions';
import { Link } from '@/lib/i18n/navigation';
import { listOrganizations } from '@/lib/organizations/data';
import { organizationFilter } from '@/lib/organizations/schema';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('organizations');
  return { title: t('title') };
}

export default async function OrganizationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  await requirePermission(canManageOrganizations, '/admin/organizations');
  const filter = organizationFilter.parse(await searchParams);
  const [t, kinds] = await Promise.all([getTranslations('organizations'), getTranslations('organizationKinds')]);
  const { rows, total } = listOrganizations(filter);

  return (
    <ListPage
      title={t('title')}
      description={t('count', { count: total })}
      create={{ href: '/admin/organizations/new', label: t('new') }}
      filters={<OrganizationFilters filter={filter} />}
      empty={rows.length === 0 ? t('none') : null}
      footer={
        <Pagination
          pathname="/admin/organizations"
          query={{ q: filter.q, kind: filter.kind, archived: filter.archived === '1' ? '1' : undefined }}
          page={filter.page}
          total={total}
        />
      }
    >
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {rows.map((organization) => (
          <li
            key={organization.id}
            className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div>
              <Link
                href={`/admin/organizations/${organization.id}`}
                className="font-medium text-brand-800 underline-offset-4 hover:underline"
              >
                {organization.name}
              </Link>
              {organization.address ? <p className="text-sm text-muted">{organization.address}</p> : null}
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone="brand">{kinds(organization.kind)}</Badge>
              <Badge>{t('members', { count: organization.memberCount })}</Badge>
              {organization.representativeCount === 0 ? (
                <Badge tone="warning">{t('noRepresentative')}</Badge>
              ) : (
                <Badge tone="success">{t('representatives', { count: organization.representativeCount })}</Badge>
              )}
            </div>
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
