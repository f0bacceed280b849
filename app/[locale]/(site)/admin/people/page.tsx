import { getTranslations } from 'next-intl/server';
import { PeopleFilters } from '@/components/people/PeopleFilters';
import { Badge } from '@/components/ui/Badge';
import { ListPage } from '@/components/ui/ListPage';
import { Table } from '@/components/ui/Table';
import { Pagination } from '@/components/ui/Pagination';
import { requirePermission } from '@/lib/auth/guard';
import { canManagePeople } from '@/lib/people/permissions';
import { Link } from '@/lib/i18n/navigation';
import { listPeople } from '@/lib/people/data';
import { peopleFilter } from '@/lib/people/schema';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('people');
  return { title: t('title') };
}

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  await requirePermission(canManagePeople, '/admin/people');
  const filter = peopleFilter.parse(await searchParams);
  const [t, roles] = await Promise.all([getTranslations('people'), getTranslations('roles')]);
  const { rows, total } = listPeople(filter);

  return (
    <ListPage
      title={t('title')}
      description={t('count', { count: total })}
      create={{ href: '/admin/people/new', label: t('new') }}
      filters={<PeopleFilters filter={filter} />}
      empty={rows.length === 0 ? t('none') : null}
      footer={
        <Pagination
          pathname="/admin/people"
          query={{ q: filter.q, role: filter.role, archived: filter.archived === '1' ? '1' : undefined }}
          page={filter.page}
          total={total}
        />
      }
    >
      <Table
        caption={t('title')}
        columns={[
          { label: t('name') },
          { label: t('email'), className: 'hidden sm:table-cell' },
          { label: t('organizations') },
          { label: t('role') },
        ]}
      >
        {rows.map((person) => (
          <tr key={person.id}>
            <td className="px-4 py-2 whitespace-nowrap">
              <Link href={`/admin/people/${person.id}`} className="font-medium text-brand-800 hover:underline">
                {person.name}
              </Link>
            </td>
            <td className="hidden px-4 py-2 break-all sm:table-cell">{person.email}</td>
            <td className="px-4 py-2">{person.organizationNames ?? '—'}</td>
            <td className="px-4 py-2">
              <Badge tone={person.role === 'member' ? 'neutral' : 'brand'}>{roles(person.role)}</Badge>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
