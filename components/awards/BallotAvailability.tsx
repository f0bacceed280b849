import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/EmptyState';
import type { Award, VotingRound } from '@/db/schema';
import { ballotAvailability, type BallotAvailability } from '@/lib/awards/voting-window';
import { cx } from '@/components/ui/cx';
import { awardTime } from './format';

type Window = Pick<Award, 'votingOpensAt' | 'votingClosesAt'>;

/**
 * What a committee member's ballot page says about a round, word for word: the member's
 * page shows it, and the organizer's pages quote it, so the two can never disagree.
 */
async function memberWords(availability: BallotAvailability, award: Window) {
  const [t, locale] = await Promise.all([getTranslations('awards.ballot'), getLocale()]);
  const window = { opens: awardTime(award.votingOpensAt, locale), closes: awardTime(award.votingClosesAt, locale) };
  if (availability === 'open') {
    const title = t('canVote', { closes: window.closes });
    return { title, reason: null, text: title };
  }
  const reason =
    availability === 'beforeWindow'
      ? t('notOpenReason.beforeWindow', { opens: window.opens })
      : availability === 'afterWindow'
        ? t('notOpenReason.afterWindow', { closes: window.closes })
        : t(`notOpenReason.${availability}`);
  return { title: t('notOpen'), reason, text: t('notOpenBecause', { title: t('notOpen'), reason }) };
}

/** On the ballot page, when the member cannot vote: that it is not open, and why. */
export async function BallotClosedNotice({
  round,
  award,
  now,
}: {
  round: Pick<VotingRound, 'status'>;
  award: Window;
  now: Date;
}) {
  const words = await memberWords(ballotAvailability(round, award, now), award);
  return <EmptyState title={words.title}>{words.reason}</EmptyState>;
}

/**
 * For organizers, beside a round: what members see now, and what to do when that is
 * not what the organizer expects (the window not yet begun, or over).
 */
export async function MemberViewNote({
  round,
  award,
  now,
  className,
}: {
  round: Pick<VotingRound, 'status'>;
  award: Window;
  now: Date;
  className?: string;
}) {
  const availability = ballotAvailability(round, award, now);
  const [t, locale, words] = await Promise.all([
    getTranslations('awards.rounds'),
    getLocale(),
    memberWords(availability, award),
  ]);
  const window = { opens: awardTime(award.votingOpensAt, locale), closes: awardTime(award.votingClosesAt, locale) };
  const draftHint =
    round.status === 'draft' && now < award.votingOpensAt
      ? 'draftBeforeWindow'
      : round.status === 'draft' && now >= award.votingClosesAt
        ? 'draftAfterWindow'
        : null;
  const hint = draftHint ?? (availability === 'beforeWindow' || availability === 'afterWindow' ? availability : null);
  return (
    <div
      className={cx(
        'rounded-md border px-3 py-2 text-sm',
        hint ? 'border-warning-200 bg-warning-50' : 'border-line bg-surface',
        className,
      )}
      data-testid="member-view"
    >
      <p className="font-medium">{t('memberSees', { words: words.text })}</p>
      {hint === 'beforeWindow' ? (
        <p className="mt-1">{t('windowHint.beforeWindow', { opens: window.opens })}</p>
      ) : hint === 'afterWindow' ? (
        <p className="mt-1">{t('windowHint.afterWindow', { closes: window.closes })}</p>
      ) : hint ? (
        <p className="mt-1">{t(`windowHint.${hint}`, window)}</p>
      ) : null}
    </div>
  );
}
