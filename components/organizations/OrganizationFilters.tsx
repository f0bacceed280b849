import { getTranslations } from 'next-intl/server';
import { SelectField, TextField } from '@/components/ui/Field';
import { ArchivedFilter, FilterForm } from '@/components/ui/FilterForm';
import { organizationKinds } from '@/db/schema/enums';
import type { OrganizationFilter } from '@/lib/organizations/schema';

export async function OrganizationFilters({ filter }: { filter: OrganizationFilter }) {
  const [t, kinds, common] = await Promise.all([
    getTranslations('organizations'),
    getTranslations('organizationKinds'),
    getTranslations('common'),
  ]);
  return (
    <FilterForm columns="sm:grid-cols-[2fr_1fr_1fr_auto]">
      <TextField
        label={t('search')}
        name="q"
        type="search"
        defaultValue={filter.q}
        placeholder={t('searchPlaceholder')}
      />
      <SelectField
        label={t('kind')}
        name="kind"
        defaultValue={filter.kind ?? ''}
        placeholder={common('all')}
        options={organizationKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
      />
      <ArchivedFilter value={filter.archived} />
    </FilterForm>
  );
}
