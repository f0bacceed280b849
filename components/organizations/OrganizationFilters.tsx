import { getTranslations } from 'next-intl/server';
import { DirectoryFilters } from '@/components/ui/FilterForm';
import { organizationKinds } from '@/db/schema/enums';
import type { OrganizationFilter } from '@/lib/organizations/schema';

export async function OrganizationFilters({ filter }: { filter: OrganizationFilter }) {
  const [t, kinds] = await Promise.all([getTranslations('organizations'), getTranslations('organizationKinds')]);
  return (
    <DirectoryFilters
      search={{ label: t('search'), placeholder: t('searchPlaceholder'), value: filter.q }}
      choice={{
        label: t('kind'),
        name: 'kind',
        value: filter.kind,
        options: organizationKinds.map((kind) => ({ value: kind, label: kinds(kind) })),
      }}
      archived={filter.archived}
    />
  );
}
