import { useTranslations } from 'next-intl';
import { useAgendaReading, type AgendaSheetProps } from '@/components/agenda/useAgendaReading';
import { CeremonyWinners } from '@/components/awards/CeremonyWinners';
import type { AgendaItemView } from '@/lib/agenda/schema';
import { TableHead } from '@/components/ui/Table';

type Item = Omit<AgendaItemView, 'description'>;

/** The crew's sheet: cue time, length, what, who, and the notes the public never sees. Laid out for A4. */
export function RunSheet({ items, startsAt, timeZone, winners }: AgendaSheetProps<Item>) {
  const t = useTranslations('runSheet');
  const { slots, kindOf, nameOf, time } = useAgendaReading(items, startsAt, timeZone);
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm print:min-w-0 print:text-[10pt]">
        <TableHead
          rowClassName="border-b-2 border-ink"
          columns={[
            ...(['number', 'cue', 'length', 'item', 'presenters'] as const).map((key) => ({
              label: t(key),
              className: 'py-2 pr-2',
            })),
            { label: t('crewNotes'), className: 'py-2' },
          ]}
        />
        <tbody>
          {items.map((item, index) => (
            <tr key={item.id} className="border-b border-line align-top print:break-inside-avoid">
              <td className="py-2 pr-2 tabular-nums">{index + 1}</td>
              <td className="py-2 pr-2 font-semibold tabular-nums whitespace-nowrap">
                {time(slots[index]!.plannedStart)}–{time(slots[index]!.plannedEnd)}
              </td>
              <td className="py-2 pr-2 whitespace-nowrap">{t('minutes', { count: item.plannedMinutes })}</td>
              <td className="py-2 pr-2">
                <span className="block text-muted">{kindOf(item)}</span>
                {nameOf(item)}
                <CeremonyWinners winners={winners?.[item.id]} />
              </td>
              <td className="py-2 pr-2">{item.presenters}</td>
              <td className="py-2 whitespace-pre-line">{item.crewNotes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
