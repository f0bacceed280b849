import type { getTranslations } from 'next-intl/server';

type AuditT = Awaited<ReturnType<typeof getTranslations<'audit'>>>;

/** Names for stored action and entity codes; a code without a translation is shown as it is. */
export function auditLabels(t: AuditT) {
  const label = (key: string, fallback: string) => (t.has(key as never) ? t(key as never) : fallback);
  return {
    action: (action: string) => label(`actions.${action}`, action),
    entity: (entityType: string) => label(`entities.${entityType}`, entityType),
  };
}

/** The admin page of an audited record, where there is one. */
export function auditEntityHref(entityType: string, entityId: number | null): string | null {
  if (!entityId) return null;
  if (entityType === 'user') return `/admin/people/${entityId}`;
  if (entityType === 'organization') return `/admin/organizations/${entityId}`;
  if (entityType === 'meeting') return `/organize/meetings/${entityId}`;
  return null;
}
