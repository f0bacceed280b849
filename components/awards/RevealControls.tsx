import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import type { CeremonyWinner } from './CeremonyWinners';
import { revealWinnerAction } from '@/lib/awards/actions';

/** On the meeting control page: put a winner (name, category, citation) on the venue display, in walk-on order. */
export async function RevealControls({ meetingId, winners, revealedId }: { meetingId: number; winners: CeremonyWinner[]; revealedId: number | null }) {
  if (winners.length === 0) return null;
  const t = await getTranslations('awards.ceremony');
  return (
    <Card title={t('winnersInOrder')}>
      <ol className="space-y-3">
        {winners.map((w) => (
          <li key={w.nominationId} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <span className="font-medium">{w.names}</span> <span className="text-muted">· {w.category}</span>{' '}
              {revealedId === w.nominationId ? <Badge tone="success">{t('onDisplay')}</Badge> : null}
            </span>
            {revealedId === w.nominationId ? (
              <ActionButton action={revealWinnerAction} fields={{ meetingId: String(meetingId), nominationId: '' }}>
                {t('hide')}
              </ActionButton>
            ) : (
              <ActionButton action={revealWinnerAction} fields={{ meetingId: String(meetingId), nominationId: String(w.nominationId) }} variant="primary">
                {t('reveal')}: {w.names}
              </ActionButton>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
