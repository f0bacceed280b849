import { getTranslations } from 'next-intl/server';
import { PrintHeader } from '@/components/seating/PrintHeader';
import { requireSeatingPrintout } from '@/lib/seating/guard';
import '@/components/fonts/chinese-web-font';
import '@/components/seating/seating-print.css';

export async function generateMetadata() {
  const t = await getTranslations('seating.print');
  return { title: t('cards') };
}

/** Chinese names are two to four characters and are printed very large; longer (Latin) names step down so they stay on one line or two. */
function nameSize(name: string): string {
  const length = [...name].length;
  if (length <= 3) return '110pt';
  if (length <= 4) return '90pt';
  if (length <= 8) return '60pt';
  return '40pt';
}

/** 桌签: one folded A4 per seated person, in seat order, with the name readable from both sides of the table. */
export default async function NameCardsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { meeting, board } = await requireSeatingPrintout(params, 'cards');
  const t = await getTranslations('seating.print');
  const blockOrder = new Map(board.blocks.map((b) => [b.id, b.position]));
  const seated = board.people
    .filter((p) => p.seat)
    .sort(
      (a, b) =>
        blockOrder.get(a.seat!.blockId)! - blockOrder.get(b.seat!.blockId)! ||
        a.seat!.row - b.seat!.row ||
        a.seat!.seat - b.seat!.seat,
    );
  return (
    <article className="seating-cards">
      <div className="print:hidden">
        <PrintHeader kind={t('cards')} meeting={meeting} />
        <p className="mb-4 text-sm text-muted">{t('cardsHint', { count: seated.length })}</p>
      </div>
      {seated.map((person) => (
        <section key={person.registrationId} className="name-card" aria-label={person.name} data-testid="name-card">
          {(['upside-down', 'upright'] as const).map((side) => (
            <div
              key={side}
              className={`name-card-half ${side}`}
              aria-hidden={side === 'upside-down' ? true : undefined}
            >
              <p className="name-card-name" style={{ fontSize: nameSize(person.name) }}>
                {person.name}
              </p>
              {person.organization ? <p className="name-card-organization">{person.organization}</p> : null}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
