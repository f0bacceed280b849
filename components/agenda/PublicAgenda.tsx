import { useTranslations } from 'next-intl';
import { useAgendaReading, type AgendaSheetProps } from '@/components/agenda/useAgendaReading';
import { CeremonyWinners } from '@/components/awards/CeremonyWinners';
import type { AgendaItemView } from '@/lib/agenda/schema';

type Item = Omit<AgendaItemView, 'crewNotes'>;

/** The run of show as attendees read it: planned times, what happens, who presents. Never crew notes. */
export function PublicAgenda({ items, startsAt, timeZone, winners }: AgendaSheetProps<Item>) {
  const t = useTranslations('agenda');
  const { slots, kindOf, nameOf, time } = useAgendaReading(items, startsAt, timeZone);
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white print:border-0">
      {items.map((item, index) => {
        const slot = slots[index]!;
        return (
          <li key={item.id} className="grid gap-1 px-4 py-4 sm:grid-cols-[7rem_1fr] sm:gap-4 print:break-inside-avoid">
            <p className="font-semibold tabular-nums text-brand-800">
              <time dateTime={slot.plannedStart.toISOString()}>{time(slot.plannedStart)}</time>
              <span className="block text-sm font-normal text-muted">
                {t('minutes', { count: item.plannedMinutes })}
              </span>
            </p>
            <div>
              <p className="text-sm text-muted">{kindOf(item)}</p>
              <p className="text-lg font-medium">{nameOf(item)}</p>
              {item.presenters ? (
                <p className="text-sm">{t('presentersLine', { presenters: item.presenters })}</p>
              ) : null}
              {item.description ? (
                <p className="mt-1 whitespace-pre-line text-sm text-muted">{item.description}</p>
              ) : null}
              <CeremonyWinners winners={winners?.[item.id]} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
