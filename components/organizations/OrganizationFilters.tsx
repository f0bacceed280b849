import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { organizationKinds } from '@/db/schema/enums';
import type { OrganizationFilter } from '@/lib/organizations/schema';

/** A plain GET form: the filters live in the URL, so a search can be bookmarked and shared. */
export async function OrganizationFilters({ filter }: { filter: OrganizationFilter }) {
  const [t, kinds, common] = await Promise.all([
    getTranslations('organizations'),
    getTranslations('organizationKinds'),
    getTranslations('common'),
  ]);
  return (
    <form role="search" method="get" className="mb-4 grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <TextField label={t('search')} name="q" type="search" defaultValue={filter.q} placeholder={t('searchPlaceholder')} />
      <SelectField
        label={t('kind')}
        name="kind"
        defaultValue={filter.kind ?? ''}
        placeholder={common('all')}
        options={organizationKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
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
