import { useLocale, useTranslations } from 'next-intl';
import type { CeremonyWinner } from '@/components/awards/CeremonyWinners';
import type { AgendaItemView } from '@/lib/agenda/schema';
import { plan } from '@/lib/agenda/schedule';
import { formatClock } from '@/lib/i18n/clock';
import { localizedName } from '@/lib/i18n/localized-name';

/** What a printed or published agenda is drawn from: the items, when the meeting starts, and the winners to name. */
export type AgendaSheetProps<Item> = {
  items: Item[];
  startsAt: Date;
  timeZone: string;
  winners?: Record<number, CeremonyWinner[]>;
};

/**
 * The planned slot of each item, and how an item reads in the viewer's language:
 * its kind, its name, and a time of day in the meeting's zone.
 */
export function useAgendaReading(
  items: Pick<AgendaItemView, 'id' | 'plannedMinutes'>[],
  startsAt: Date,
  timeZone: string,
) {
  const kinds = useTranslations('agendaKinds');
  const locale = useLocale();
  return {
    slots: plan(startsAt, items).slots,
    kindOf: (item: Pick<AgendaItemView, 'kind'>) => kinds(item.kind),
    nameOf: (item: Pick<AgendaItemView, 'title' | 'titleEn'>) => localizedName(item, locale),
    time: (date: Date) => formatClock(date, timeZone),
  };
}
