import { getTranslations } from 'next-intl/server';
import { SelectField, TextField } from '@/components/ui/Field';
import { ArchivedFilter, FilterForm } from '@/components/ui/FilterForm';
import { siteRoles } from '@/db/schema/enums';
import type { PeopleFilter } from '@/lib/people/schema';

export async function PeopleFilters({ filter }: { filter: PeopleFilter }) {
  const [t, roles, common] = await Promise.all([
    getTranslations('people'),
    getTranslations('roles'),
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
        label={t('role')}
        name="role"
        defaultValue={filter.role ?? ''}
        placeholder={common('all')}
        options={siteRoles.map((role) => ({ value: role, label: roles(role) }))}
      />
      <ArchivedFilter value={filter.archived} />
    </FilterForm>
  );
}
