import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import type { VotingRound } from '@/db/schema';
import { changeRoundStatusAction } from '@/lib/awards/actions';
import { Link } from '@/lib/i18n/navigation';

type Row = VotingRound & { ballots: number; categoryName: string };

/** Rounds with their stated rules and the next step each can take. */
export async function RoundList({ awardId, rounds }: { awardId: number; rounds: Row[] }) {
  const t = await getTranslations('awards.rounds');
  if (rounds.length === 0) return <p className="text-muted">{t('none')}</p>;
  return (
    <ul className="space-y-4">
      {rounds.map((round) => {
        const step = round.status === 'draft' ? 'open' : round.status === 'open' ? 'close' : round.status === 'closed' ? 'publish' : null;
        return (
          <li key={round.id} className="rounded-md border border-line p-3">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold">{round.name}</h3>
              <Badge>{round.categoryName}</Badge>
              <Badge tone={round.status === 'open' ? 'success' : round.status === 'published' ? 'brand' : 'neutral'}>{t(`statuses.${round.status}`)}</Badge>
              <Badge tone={round.secret ? 'brand' : 'warning'}>{round.secret ? t('secretBadge') : t('openBadge')}</Badge>
            </div>
            <p className="mt-1 text-sm text-muted">
              {t('summary', {
                method: t(`methods.${round.method}`),
                max: round.maxChoices,
                qn: round.quorumNumerator,
                qd: round.quorumDenominator,
                tn: round.thresholdNumerator,
                td: round.thresholdDenominator,
                tie: t(`tieRules.${round.tieRule}`),
              })}
            </p>
            <p className="text-sm">{t('ballotsCast', { count: round.ballots })}</p>
            <div className="mt-2 flex flex-wrap items-start gap-2">
              {step ? (
                <ActionButton
                  action={changeRoundStatusAction}
                  fields={{ roundId: String(round.id), transition: step }}
                  variant={step === 'open' ? 'primary' : 'secondary'}
                  confirm={step === 'close' ? t('confirmClose') : step === 'publish' ? t('confirmPublish') : undefined}
                >
                  {t(step)}
                </ActionButton>
              ) : null}
              {round.status === 'closed' || round.status === 'published' ? (
                <Link href={`/organize/awards/${awardId}/rounds/${round.id}`} className="inline-flex min-h-11 items-center text-brand-800 underline">
                  {t('results')}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
