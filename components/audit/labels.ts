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
