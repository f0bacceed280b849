import { getTranslations } from 'next-intl/server';
import type { ProgressStatus } from '@/db/schema/enums';
import { formatDay } from '@/lib/pledges/format';

type Target = {
  id: number;
  description: string;
  indicator: string;
  dueDate: string;
  organizationName: string | null;
  done: number;
  rows: {
    organizationId: number;
    organizationName: string;
    status: ProgressStatus | null;
    percent: number;
    note: string | null;
    reportedAt: Date | null;
  }[];
};

/** One section per target: where each signed organization stands, by its latest report. */
export async function ProgressSummary({ targets, locale }: { targets: Target[]; locale: string }) {
  const t = await getTranslations('pledges.summary');
  const statuses = await getTranslations('pledges.progress.statuses');
  if (targets.length === 0) return null;
  return (
    <div className="space-y-6">
      {targets.map((target, index) => (
        <section
          key={target.id}
          aria-labelledby={`target-${target.id}`}
          className="break-inside-avoid rounded-lg border border-line bg-white p-4 print:border-0 print:p-0"
        >
          <h2 id={`target-${target.id}`} className="font-semibold text-ink">
            {index + 1}. {target.description}
            {target.organizationName ? (
              <span className="font-normal text-muted">
                {' '}
                {t('extraTarget', { organization: target.organizationName })}
              </span>
            ) : null}
          </h2>
          <p className="text-sm text-muted">
            {t('indicatorDue', { indicator: target.indicator, due: target.dueDate })} ·{' '}
            {t('done', { done: target.done, total: target.rows.length })}
          </p>
          {target.rows.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t('noneSigned')}</p>
          ) : (
            <div className="mt-2 overflow-x-auto">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <thead>
                  <tr className="border-b border-line">
                    <th className="py-1 pe-2">{t('organization')}</th>
                    <th className="py-1 pe-2">{t('status')}</th>
                    <th className="py-1 pe-2 text-right">{t('percent')}</th>
                    <th className="py-1 pe-2">{t('note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {target.rows.map((row) => (
                    <tr key={row.organizationId} className="border-b border-line last:border-0">
                      <td className="py-1 pe-2">{row.organizationName}</td>
                      <td className="py-1 pe-2 whitespace-nowrap">
                        {row.status ? (
                          statuses(row.status)
                        ) : (
                          <span className="text-warning-800">{t('notReported')}</span>
                        )}
                      </td>
                      <td className="py-1 pe-2 text-right tabular-nums">{row.status ? `${row.percent}%` : '—'}</td>
                      <td className="py-1 pe-2">
                        {row.note ?? ''}
                        {row.reportedAt ? (
                          <span className="block text-xs text-muted">
                            {t('reportedOn', { date: formatDay(row.reportedAt, locale) })}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
