import { useTranslations } from 'next-intl';
import { overrunMinutes, plan } from '@/lib/agenda/schedule';
import { formatClock } from '@/lib/i18n/clock';

/** Total length, planned end, and a warning when the agenda runs past the meeting's end. */
export function AgendaSummary({
  items,
  startsAt,
  endsAt,
  timeZone,
}: {
  items: { id: number; plannedMinutes: number }[];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}) {
  const t = useTranslations('agenda');
  const { plannedEnd, totalMinutes } = plan(startsAt, items);
  const over = overrunMinutes(startsAt, endsAt, items);
  return (
    <div className="space-y-2">
      <p>
        {t('summary', {
          count: items.length,
          minutes: totalMinutes,
          end: formatClock(plannedEnd, timeZone),
          meetingEnd: formatClock(endsAt, timeZone),
        })}
      </p>
      {over > 0 ? (
        <p className="rounded-md border border-warning-200 bg-warning-50 px-3 py-2 font-medium text-warning-800">
          {t('overrun', { minutes: over })}
        </p>
      ) : null}
    </div>
  );
}
