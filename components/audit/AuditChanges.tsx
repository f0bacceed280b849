import { getTranslations } from 'next-intl/server';
import type { AuditChanges as Changes } from '@/db/schema/audit';
import { organizationKinds, siteRoles } from '@/db/schema/enums';

/** Field by field: "before → after" for updates, the value for creations, in the reader's language. */
export async function AuditChanges({ changes }: { changes: Changes | null }) {
  if (!changes || Object.keys(changes).length === 0) return null;
  const [t, kinds, roles] = await Promise.all([
    getTranslations('audit'),
    getTranslations('organizationKinds'),
    getTranslations('roles'),
  ]);
  const fieldName = (field: string) => (t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field);
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '∅';
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (field === 'kind' && (organizationKinds as readonly unknown[]).includes(value)) return kinds(value as never);
    if (field === 'role' && (siteRoles as readonly unknown[]).includes(value)) return roles(value as never);
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
      {Object.entries(changes).map(([field, value]) => (
        <div key={field} className="contents">
          <dt className="text-muted">{fieldName(field)}</dt>
          <dd className="break-all">
            {Array.isArray(value) && value.length === 2
              ? `${show(field, value[0])} → ${show(field, value[1])}`
              : show(field, value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
