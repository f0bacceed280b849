import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Button } from './Button';
import { SelectField, TextField } from './Field';
import { cx } from './cx';

/**
 * A plain GET search form above a list: the filters live in the URL, so a search can be
 * bookmarked and shared, and it works before scripts load. `columns` lays the fields and
 * the button out in one row from the small breakpoint up.
 */
export async function FilterForm({ columns, children }: { columns: string; children: ReactNode }) {
  const common = await getTranslations('common');
  return (
    <form
      role="search"
      method="get"
      className={cx('mb-4 grid gap-3 rounded-lg border border-line bg-white p-4 sm:items-end', columns)}
    >
      {children}
      <Button type="submit" variant="secondary">
        {common('filter')}
      </Button>
    </form>
  );
}

/** Active or archived records (`archived=0|1`), for the lists that keep archived rows. */
export async function ArchivedFilter({ value }: { value: '0' | '1' }) {
  const common = await getTranslations('common');
  return (
    <SelectField
      label={common('status')}
      name="archived"
      defaultValue={value}
      options={[
        { value: '0', label: common('active') },
        { value: '1', label: common('archived') },
      ]}
    />
  );
}

/**
 * The filter row of a directory list (organizations, people): a text search, one choice
 * among the list's kinds ("all" when empty), and active or archived records.
 */
export async function DirectoryFilters({
  search,
  choice,
  archived,
}: {
  search: { label: string; placeholder: string; value: string };
  choice: { label: string; name: string; value?: string; options: { value: string; label: string }[] };
  archived: '0' | '1';
}) {
  const common = await getTranslations('common');
  return (
    <FilterForm columns="sm:grid-cols-[2fr_1fr_1fr_auto]">
      <TextField
        label={search.label}
        name="q"
        type="search"
        defaultValue={search.value}
        placeholder={search.placeholder}
      />
      <SelectField
        label={choice.label}
        name={choice.name}
        defaultValue={choice.value ?? ''}
        placeholder={common('all')}
        options={choice.options}
      />
      <ArchivedFilter value={archived} />
    </FilterForm>
  );
}
