import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/Badge';
import { cx } from '@/components/ui/cx';
import type { Forecast } from '@/lib/agenda/schedule';
import { formatClock } from '@/lib/i18n/clock';
import type { AgendaItemView } from '@/lib/agenda/schema';
import { TableHead } from '@/components/ui/Table';

type Item = Pick<AgendaItemView, 'id' | 'title' | 'presenters' | 'plannedMinutes' | 'crewNotes'>;

/**
 * Every item with its planned start and its real or forecast start, for the organizer
 * at the control laptop; `under` adds controls below an item (the ceremony's reveals).
 */
export function RunOfShow({
  items,
  forecast,
  timeZone,
  under = {},
}: {
  items: Item[];
  forecast: Forecast;
  timeZone: string;
  under?: Record<number, ReactNode>;
}) {
  const t = useTranslations('live');
  const time = (date: Date) => formatClock(date, timeZone);
  return (
    <table className="w-full text-left">
      <caption className="sr-only">{t('tableCaption')}</caption>
      <TableHead
        className="border-b border-line text-sm text-muted"
        columns={[
          {
            label: (
              <>
                {t('planned')}
                <span className="block">{t('actualOrForecast')}</span>
              </>
            ),
            className: 'py-2 pr-3 font-medium',
          },
          { label: t('item'), className: 'py-2 font-medium' },
        ]}
      />
      <tbody>
        {items.map((item, index) => {
          const slot = forecast.slots[index]!;
          const late = slot.forecastStart.getTime() - slot.plannedStart.getTime();
          return (
            <tr
              key={item.id}
              aria-current={slot.state === 'current' ? 'step' : undefined}
              className={cx(
                'border-b border-line align-top',
                slot.state === 'current' && 'bg-brand-50',
                slot.state === 'done' && 'text-muted',
              )}
            >
              <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                {time(slot.plannedStart)}
                <span
                  className={cx('block', late > 60_000 && slot.state !== 'done' && 'font-semibold text-danger-700')}
                >
                  {time(slot.forecastStart)}
                </span>
                {slot.state === 'done' ? (
                  <span className="block text-sm">{t('endedAt', { time: time(slot.forecastEnd) })}</span>
                ) : null}
              </td>
              <td className="py-2">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{item.title}</span>
                  <Badge tone={slot.state === 'current' ? 'brand' : slot.state === 'done' ? 'success' : 'neutral'}>
                    {t(`states.${slot.state}`)}
                  </Badge>
                </span>
                <span className="block text-sm text-muted">
                  {t('minutesAndPresenters', { minutes: item.plannedMinutes, presenters: item.presenters ?? '' })}
                </span>
                {item.crewNotes ? (
                  <span className="block text-sm whitespace-pre-line text-warning-800">{item.crewNotes}</span>
                ) : null}
                {under[item.id]}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
