import { getTranslations } from 'next-intl/server';
import { PrintHeader } from '@/components/seating/PrintHeader';
import { cx } from '@/components/ui/cx';
import { localizedName } from '@/lib/i18n/localized-name';
import { requireSeatingPrintout } from '@/lib/seating/guard';
import '@/components/fonts/chinese-web-font';
import '@/components/seating/seating-print.css';

export async function generateMetadata() {
  const t = await getTranslations('seating.print');
  return { title: t('chart') };
}

/** The hall with every name in its seat, for the door: landscape, one block after another from the front. */
export default async function SeatingChartPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, meeting, board } = await requireSeatingPrintout(params, 'chart');
  const t = await getTranslations('seating');
  const byKey = new Map(
    board.people.filter((p) => p.seat).map((p) => [`${p.seat!.blockId}:${p.seat!.row}:${p.seat!.seat}`, p]),
  );
  const reserved = new Set(board.reserved.map((r) => `${r.blockId}:${r.row}:${r.seat}`));
  return (
    <article className="seating-chart rounded-lg border border-line bg-white p-4 print:border-0 print:p-0">
      <PrintHeader kind={t('print.chart')} meeting={meeting} />
      <p className="mb-3 text-center text-sm font-semibold tracking-widest text-muted">{t('print.front')}</p>
      <div className="space-y-4">
        {board.blocks.map((block) => (
          <section key={block.id} className="chart-block" aria-labelledby={`chart-block-${block.id}`}>
            <h3 id={`chart-block-${block.id}`} className="mb-1 font-bold">
              {localizedName(block, locale)}
            </h3>
            <div
              className={cx(
                'overflow-x-auto',
                block.kind === 'tables' && 'grid grid-cols-2 gap-2 sm:grid-cols-4 print:grid-cols-5',
              )}
            >
              {Array.from({ length: block.rows }, (_, r) => (
                <div
                  key={r}
                  className={block.kind === 'rows' ? 'flex items-stretch gap-0.5' : 'rounded border border-ink p-1'}
                >
                  <span
                    className={block.kind === 'rows' ? 'w-12 shrink-0 self-center text-xs' : 'block text-xs font-bold'}
                  >
                    {t(block.kind === 'rows' ? 'board.rowLabel' : 'board.tableLabel', { n: r + 1 })}
                  </span>
                  <div className={block.kind === 'rows' ? 'flex gap-0.5' : 'grid grid-cols-2 gap-0.5'}>
                    {Array.from({ length: block.seats }, (_, s) => {
                      const key = `${block.id}:${r + 1}:${s + 1}`;
                      const person = byKey.get(key);
                      return (
                        <div
                          key={key}
                          className="flex min-h-10 w-16 shrink-0 flex-col justify-center border border-line px-0.5 text-center text-[10px] leading-tight"
                        >
                          <span className="text-muted">{s + 1}</span>
                          <span className="font-semibold">
                            {person?.name ?? (reserved.has(key) ? t('board.reservedMark') : '')}
                          </span>
                        </div>
                      );
                    })}
                  </div>
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </article>
  );
}
