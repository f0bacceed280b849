import { useTranslations } from 'next-intl';
import type { AttendanceLine } from '@/lib/reports/attendance';
import { TableHead } from '@/components/ui/Table';

const columns = ['invited', 'registered', 'confirmed', 'checkedIn', 'noShow', 'late'] as const;

/** One attendance table with a total row; an empty cell is a number the data cannot give. */
export function AttendanceTable({
  caption,
  lines,
  total,
}: {
  caption: string;
  lines: AttendanceLine[];
  total: AttendanceLine;
}) {
  const t = useTranslations('reports.attendance');
  const cell = (n: number | null) => (n === null ? t('notApplicable') : n);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <TableHead
          rowClassName="border-b border-line text-left"
          columns={[
            { label: t('name'), className: 'py-2 pr-3' },
            ...columns.map((c) => ({ label: t(c), className: 'px-2 py-2 text-right' })),
          ]}
        />
        <tbody>
          {lines.map((line) => (
            <tr key={line.name} className="border-b border-line">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {line.name}
              </th>
              {columns.map((c) => (
                <td key={c} className="px-2 py-2 text-right tabular-nums">
                  {cell(line[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className="py-2 pr-3 text-left">
              {t('total')}
            </th>
            {columns.map((c) => (
              <td key={c} className="px-2 py-2 text-right tabular-nums">
                {cell(c === 'invited' && lines.every((l) => l.invited === null) ? null : total[c])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
