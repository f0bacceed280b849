import { getTranslations } from 'next-intl/server';
import { DirectoryFilters } from '@/components/ui/FilterForm';
import { siteRoles } from '@/db/schema/enums';
import type { PeopleFilter } from '@/lib/people/schema';

export async function PeopleFilters({ filter }: { filter: PeopleFilter }) {
  const [t, roles] = await Promise.all([getTranslations('people'), getTranslations('roles')]);
  return (
    <DirectoryFilters
      search={{ label: t('search'), placeholder: t('searchPlaceholder'), value: filter.q }}
      choice={{
        label: t('role'),
        name: 'role',
        value: filter.role,
        options: siteRoles.map((role) => ({ value: role, label: roles(role) })),
      }}
      archived={filter.archived}
    />
  );
}
