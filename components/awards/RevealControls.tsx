import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import type { CeremonyWinner } from './CeremonyWinners';
import { revealWinnerAction } from '@/lib/awards/actions';

/**
 * On the control page, under the ceremony item: put a winner (name, category,
 * citation) on the venue display, in walk-on order. Secondary buttons: Next stays
 * the one primary action of the page.
 */
export async function RevealControls({
  meetingId,
  winners,
  revealedId,
}: {
  meetingId: number;
  winners: CeremonyWinner[];
  revealedId: number | null;
}) {
  if (winners.length === 0) return null;
  const t = await getTranslations('awards.ceremony');
  return (
    <div role="group" aria-label={t('winnersInOrder')} className="mt-2 rounded-md border border-line bg-surface p-3">
      <p className="mb-2 text-sm font-medium text-muted">{t('winnersInOrder')}</p>
      <ol className="space-y-2">
        {winners.map((w) => (
          <li key={w.nominationId} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <span className="font-medium">{w.names}</span> <span className="text-sm text-muted">· {w.category}</span>{' '}
              {revealedId === w.nominationId ? <Badge tone="success">{t('onDisplay')}</Badge> : null}
            </span>
            {revealedId === w.nominationId ? (
              <ActionButton action={revealWinnerAction} fields={{ meetingId: String(meetingId), nominationId: '' }}>
                {t('hide')}
              </ActionButton>
            ) : (
              <ActionButton
                action={revealWinnerAction}
                fields={{ meetingId: String(meetingId), nominationId: String(w.nominationId) }}
              >
                {t('reveal')}: {w.names}
              </ActionButton>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
