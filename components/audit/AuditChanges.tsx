import type { AuditChanges as Changes } from '@/db/schema/audit';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Field by field: "before → after" for updates, the value for creations. */
export function AuditChanges({ changes }: { changes: Changes | null }) {
  if (!changes || Object.keys(changes).length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {Object.entries(changes).map(([field, value]) => (
        <div key={field} className="contents">
          <dt className="font-mono text-muted">{field}</dt>
          <dd className="break-all">
            {Array.isArray(value) && value.length === 2 ? `${show(value[0])} → ${show(value[1])}` : show(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
