import { CeremonyWinners, type CeremonyWinner } from '@/components/awards/CeremonyWinners';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AgendaItemView } from '@/lib/agenda/schema';
import { plan } from '@/lib/agenda/schedule';
import { localizedName } from '@/lib/i18n/localized-name';

type Item = Omit<AgendaItemView, 'crewNotes'>;

/** The run of show as attendees read it: planned times, what happens, who presents. Never crew notes. */
export function PublicAgenda({
  items,
  startsAt,
  timeZone,
  winners,
}: {
  items: Item[];
  startsAt: Date;
  timeZone: string;
  winners?: Record<number, CeremonyWinner[]>;
}) {
  const t = useTranslations('agenda');
  const kinds = useTranslations('agendaKinds');
  const locale = useLocale();
  const format = useFormatter();
  const { slots } = plan(startsAt, items);
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white print:border-0">
      {items.map((item, index) => {
        const slot = slots[index]!;
        return (
          <li key={item.id} className="grid gap-1 px-4 py-4 sm:grid-cols-[7rem_1fr] sm:gap-4 print:break-inside-avoid">
            <p className="font-semibold tabular-nums text-brand-800">
              <time dateTime={slot.plannedStart.toISOString()}>
                {format.dateTime(slot.plannedStart, { timeStyle: 'short', timeZone })}
              </time>
              <span className="block text-sm font-normal text-muted">
                {t('minutes', { count: item.plannedMinutes })}
              </span>
            </p>
            <div>
              <p className="text-sm text-muted">{kinds(item.kind)}</p>
              <p className="text-lg font-medium">{localizedName(item, locale)}</p>
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
