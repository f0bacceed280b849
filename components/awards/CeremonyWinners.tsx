import { useLocale, useTranslations } from 'next-intl';
import { localizedName } from '@/lib/i18n/localized-name';

export type CeremonyWinner = {
  nominationId: number;
  names: string;
  organization: string | null;
  category: string;
  categoryEn: string | null;
};

/** Under an award-ceremony agenda item: the winners, in the order they walk on. */
export function CeremonyWinners({ winners }: { winners: CeremonyWinner[] | undefined }) {
  const t = useTranslations('awards.ceremony');
  const locale = useLocale();
  if (!winners || winners.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium">{t('winnersInOrder')}</p>
      {/* Numbered lines rather than a nested list: the agenda's own items stay the only list items. */}
      <p>
        {winners.map((w, index) => (
          <span key={w.nominationId} className="block">
            {index + 1}. {w.names}
            {w.organization ? `（${w.organization}）` : ''} ·{' '}
            <span className="text-muted">{localizedName({ name: w.category, nameEn: w.categoryEn }, locale)}</span>
          </span>
        ))}
      </p>
    </div>
  );
}
