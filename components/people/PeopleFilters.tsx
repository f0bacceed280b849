import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { siteRoles } from '@/db/schema/enums';
import type { PeopleFilter } from '@/lib/people/schema';

export async function PeopleFilters({ filter }: { filter: PeopleFilter }) {
  const [t, roles, common] = await Promise.all([getTranslations('people'), getTranslations('roles'), getTranslations('common')]);
  return (
    <form role="search" method="get" className="mb-4 grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <TextField label={t('search')} name="q" type="search" defaultValue={filter.q} placeholder={t('searchPlaceholder')} />
      <SelectField
        label={t('role')}
        name="role"
        defaultValue={filter.role ?? ''}
        placeholder={common('all')}
        options={siteRoles.map((role) => ({ value: role, label: roles(role) }))}
      />
      <SelectField
        label={common('status')}
        name="archived"
        defaultValue={filter.archived}
        options={[
          { value: '0', label: common('active') },
          { value: '1', label: common('archived') },
        ]}
      />
      <Button type="submit" variant="secondary">
        {common('filter')}
      </Button>
    </form>
  );
}
