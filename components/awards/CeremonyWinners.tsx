import { useTranslations } from 'next-intl';

export type CeremonyWinner = { nominationId: number; names: string; organization: string | null; category: string };

/** Under an award-ceremony agenda item: the winners, in the order they walk on. */
export function CeremonyWinners({ winners }: { winners: CeremonyWinner[] | undefined }) {
  const t = useTranslations('awards.ceremony');
  if (!winners || winners.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-sm font-medium">{t('winnersInOrder')}</p>
      <ol className="list-decimal pl-6 text-sm">
        {winners.map((w) => (
          <li key={w.nominationId}>
            {w.names}
            {w.organization ? `（${w.organization}）` : ''} · <span className="text-muted">{w.category}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
