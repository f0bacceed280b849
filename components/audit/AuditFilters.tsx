import { getTranslations } from 'next-intl/server';
import { SelectField, TextField } from '@/components/ui/Field';
import { FilterForm } from '@/components/ui/FilterForm';
import { auditEntityTypes } from '@/db/schema/enums';
import type { AuditFilter } from '@/lib/audit/schema';
import { auditLabels } from './labels';

export async function AuditFilters({ filter, actions }: { filter: AuditFilter; actions: string[] }) {
  const [t, common] = await Promise.all([getTranslations('audit'), getTranslations('common')]);
  const labels = auditLabels(t);
  return (
    <FilterForm columns="sm:grid-cols-[1fr_1fr_1fr_auto]">
      <SelectField
        label={t('entity')}
        name="entityType"
        defaultValue={filter.entityType ?? ''}
        placeholder={common('all')}
        options={auditEntityTypes.map((type) => ({ value: type, label: labels.entity(type) }))}
      />
      <SelectField
        label={t('action')}
        name="action"
        defaultValue={filter.action}
        placeholder={common('all')}
        options={actions.map((action) => ({ value: action, label: labels.action(action) }))}
      />
      <TextField label={t('actor')} name="actor" type="search" defaultValue={filter.actor} />
    </FilterForm>
  );
}
