import { getTranslations } from 'next-intl/server';
import { PrintHeader } from '@/components/seating/PrintHeader';
import { localizedName } from '@/lib/i18n/localized-name';
import { requireSeatingPrintout } from '@/lib/seating/guard';
import { formatSeat, type PositionTranslate } from '@/lib/seating/position';
import '@/components/fonts/chinese-web-font';
import '@/components/seating/seating-print.css';

export async function generateMetadata() {
  const t = await getTranslations('seating.print');
  return { title: t('doorList') };
}

/** Everyone confirmed, organization by organization, with their seat: the door staff find a name by where it comes from. */
export default async function DoorListPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, meeting, board } = await requireSeatingPrintout(params, 'door-list');
  const t = await getTranslations('seating');
  const position = (await getTranslations('seating.position')) as unknown as PositionTranslate;
  const blocks = new Map(board.blocks.map((b) => [b.id, b]));
  const groups = new Map<string, typeof board.people>();
  for (const person of board.people) {
    const key = person.organization ?? '';
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'zh-CN');
  // Named organizations in collation order; people without one come last.
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
  return (
    <article className="seating-door-list rounded-lg border border-line bg-white p-4 print:border-0 print:p-0">
      <PrintHeader kind={t('print.doorList')} meeting={meeting} />
      <p className="mb-3 text-sm">{t('print.doorListCount', { count: board.people.length, groups: groups.size })}</p>
      <div className="space-y-4">
        {ordered.map(([organization, people]) => (
          <section
            key={organization || '-'}
            className="door-group"
            aria-label={organization || t('print.noOrganization')}
          >
            <h3 className="border-b border-ink font-bold">
              {organization || t('print.noOrganization')}{' '}
              <span className="font-normal text-muted">({people.length})</span>
            </h3>
            <table className="w-full table-fixed text-sm">
              {/* The same columns in every group, so seats line up down the page. */}
              <colgroup>
                <col className="w-1/4" />
                <col className="w-[35%]" />
                <col className="w-[30%]" />
                <col className="w-[10%]" />
              </colgroup>
              <thead className="sr-only">
                <tr>
                  <th scope="col">{t('print.name')}</th>
                  <th scope="col">{t('print.category')}</th>
                  <th scope="col">{t('print.seat')}</th>
                  <th scope="col">{t('print.signed')}</th>
                </tr>
              </thead>
              <tbody>
                {people
                  .sort((a, b) => collator.compare(a.name, b.name))
                  .map((person) => {
                    const block = person.seat ? blocks.get(person.seat.blockId) : undefined;
                    return (
                      <tr key={person.registrationId} className="border-b border-line">
                        <td className="py-1 font-medium">{person.name}</td>
                        <td className="py-1">
                          {localizedName({ name: person.categoryName, nameEn: person.categoryNameEn }, locale)}
                        </td>
                        <td className="py-1">
                          {block && person.seat
                            ? formatSeat(
                                position,
                                {
                                  blockName: block.name,
                                  blockNameEn: block.nameEn,
                                  kind: block.kind,
                                  row: person.seat.row,
                                  seat: person.seat.seat,
                                },
                                locale,
                              )
                            : t('board.noSeat')}
                        </td>
                        <td className="py-1">
                          <span className="inline-block size-4 border border-ink" />
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </article>
  );
}
