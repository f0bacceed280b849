import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import type { Award, VotingRound } from '@/db/schema';
import { changeRoundStatusAction } from '@/lib/awards/actions';
import { windowPosition } from '@/lib/awards/voting-window';
import { Link } from '@/lib/i18n/navigation';
import { MemberViewNote } from './BallotAvailability';
import { awardTime } from './format';

type Row = VotingRound & { ballots: number; categoryName: string };

/**
 * Rounds with their stated rules, what committee members see now, and the next step
 * each can take. Before the award's voting window, "start voting" also moves the
 * window's start to now (with a confirmation), and only for those who may edit the
 * award; after the window, there is no start until the window is extended.
 */
export async function RoundList({
  award,
  rounds,
  canMoveWindow,
  now = new Date(),
}: {
  award: Pick<Award, 'id' | 'votingOpensAt' | 'votingClosesAt'>;
  rounds: Row[];
  canMoveWindow: boolean;
  now?: Date;
}) {
  const [t, locale] = await Promise.all([getTranslations('awards.rounds'), getLocale()]);
  const awardId = award.id;
  const position = windowPosition(award, now);
  if (rounds.length === 0) return <p className="text-muted">{t('none')}</p>;
  return (
    <ul className="space-y-4">
      {rounds.map((round) => {
        const step =
          round.status === 'draft'
            ? 'open'
            : round.status === 'open'
              ? 'close'
              : round.status === 'closed'
                ? 'publish'
                : null;
        return (
          <li key={round.id} className="rounded-md border border-line p-3">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold">{round.name}</h3>
              <Badge>{round.categoryName}</Badge>
              <Badge tone={round.status === 'open' ? 'success' : round.status === 'published' ? 'brand' : 'neutral'}>
                {t(`statuses.${round.status}`)}
              </Badge>
              <Badge tone={round.secret ? 'brand' : 'warning'}>
                {round.secret ? t('secretBadge') : t('openBadge')}
              </Badge>
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
            <MemberViewNote round={round} award={award} now={now} className="mt-2" />
            <div className="mt-2 flex flex-wrap items-start gap-2">
              {step === 'open' && position === 'before' ? (
                canMoveWindow ? (
                  <ActionButton
                    action={changeRoundStatusAction}
                    fields={{ roundId: String(round.id), transition: 'open', moveVotingWindow: 'on' }}
                    variant="primary"
                    confirm={t('confirmOpenNow', { opens: awardTime(award.votingOpensAt, locale) })}
                  >
                    {t('openNow')}
                  </ActionButton>
                ) : null
              ) : step && !(step === 'open' && position === 'after') ? (
                <ActionButton
                  action={changeRoundStatusAction}
                  fields={{ roundId: String(round.id), transition: step }}
                  variant={step === 'open' ? 'primary' : 'secondary'}
                  confirm={step === 'close' ? t('confirmClose') : step === 'publish' ? t('confirmPublish') : undefined}
                >
                  {t(step)}
                </ActionButton>
              ) : null}
              <Link
                href={`/organize/awards/${awardId}/rounds/${round.id}`}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {round.status === 'closed' || round.status === 'published' ? t('results') : t('details')}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
