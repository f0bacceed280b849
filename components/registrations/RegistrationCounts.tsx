import { useTranslations } from 'next-intl';
import { TableHead } from '@/components/ui/Table';

type Row = {
  categoryId: number;
  name: string;
  quota: number | null;
  confirmed: number;
  checkedIn: number;
  pending: number;
  waitlisted: number;
};

/** Per category: checked in / confirmed (of quota), pending, waiting — the organizer's and the door's counter. */
export function RegistrationCounts({ rows, capacity }: { rows: Row[]; capacity: number | null }) {
  const t = useTranslations('registration.counts');
  const total = rows.reduce(
    (sum, row) => ({
      confirmed: sum.confirmed + row.confirmed,
      checkedIn: sum.checkedIn + row.checkedIn,
      pending: sum.pending + row.pending,
      waitlisted: sum.waitlisted + row.waitlisted,
    }),
    { confirmed: 0, checkedIn: 0, pending: 0, waitlisted: 0 },
  );
  return (
    <div className="scroll-hint overflow-x-auto" tabIndex={0}>
      <table className="w-full text-left tabular-nums">
        <caption className="sr-only">{t('caption')}</caption>
        <TableHead
          className="border-b border-line text-sm text-muted"
          columns={[
            ...(['category', 'checkedIn', 'pending'] as const).map((key) => ({
              label: t(key),
              className: 'py-2 pr-3 font-medium',
            })),
            { label: t('waitlisted'), className: 'py-2 font-medium' },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.categoryId} className="border-b border-line">
              <th scope="row" className="py-2 pr-3 font-normal">
                {row.name}
              </th>
              <td className="py-2 pr-3">
                {t('ofConfirmed', { checkedIn: row.checkedIn, confirmed: row.confirmed, quota: row.quota ?? '∞' })}
              </td>
              <td className="py-2 pr-3">{row.pending}</td>
              <td className="py-2">{row.waitlisted}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="py-2 pr-3">
              {t('total')}
            </th>
            <td className="py-2 pr-3">
              {t('ofConfirmed', { checkedIn: total.checkedIn, confirmed: total.confirmed, quota: capacity ?? '∞' })}
            </td>
            <td className="py-2 pr-3">{total.pending}</td>
            <td className="py-2">{total.waitlisted}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
