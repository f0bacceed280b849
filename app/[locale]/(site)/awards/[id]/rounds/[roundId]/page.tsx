import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BallotClosedNotice } from '@/components/awards/BallotAvailability';
import { BallotForm } from '@/components/awards/BallotForm';
import { awardTime } from '@/components/awards/format';
import { ReceiptCheck } from '@/components/awards/ReceiptCheck';
import { RoundResults } from '@/components/awards/RoundResults';
import { ActionButton } from '@/components/ui/ActionButton';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { id as idField } from '@/lib/actions/fields';
import { declareConflictAction } from '@/lib/awards/actions';
import {
  getCategory,
  getRound,
  getRoundResults,
  hasVoted,
  listOpenBallots,
  myRecusals,
  roundCandidates,
} from '@/lib/awards/data';
import { requireCommitteeMember } from '@/lib/awards/guard';
import { canPublishResults, canSeeResults } from '@/lib/awards/permissions';
import { ballotAvailability } from '@/lib/awards/voting-window';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards.rounds');
  return { title: t('vote') };
}

/** A committee member's ballot for one round: conflicts first, then the ballot, the receipt, and the results once closed. */
export default async function BallotPage({
  params,
}: {
  params: Promise<{ locale: string; id: string; roundId: string }>;
}) {
  const locale = await pageLocale(params);
  const { id, roundId } = await params;
  const { viewer, award, staff } = await requireCommitteeMember(id, `/awards/${id}/rounds/${roundId}`);
  const parsed = idField.safeParse(roundId);
  const round = parsed.success ? getRound(parsed.data) : undefined;
  if (!round || round.awardId !== award.id) notFound();
  const t = await getTranslations('awards');
  const category = getCategory(round.categoryId)!;
  const recused = myRecusals(round.id, viewer.id);
  const voted = hasVoted(round.id, viewer.id);
  const now = new Date();
  const open = ballotAvailability(round, award, now) === 'open';
  const candidates = roundCandidates(round).map((n) => ({
    id: n.id,
    nomineeNames: n.nomineeNames,
    organization: n.organization,
    citation: n.citation,
    recused: recused.has(n.id),
  }));
  return (
    <div className="space-y-6">
      <BackLink href="/awards">{t('backToAwards')}</BackLink>
      <PageHeader
        title={t('ballot.title', { round: round.name })}
        description={t('ballot.lead', {
          award: `${award.cycleYear} ${localizedName(award, locale)}`,
          category: localizedName(category, locale),
        })}
      />
      <p className="text-sm text-muted">{round.secret ? t('ballot.secretNote') : t('ballot.openNote')}</p>
      {open ? (
        <p className="font-medium">{t('ballot.closesAt', { time: awardTime(award.votingClosesAt, locale) })}</p>
      ) : null}
      {open ? (
        <>
          <Card title={t('ballot.conflictTitle')}>
            <p className="mb-3 text-sm text-muted">{t('ballot.conflictLead')}</p>
            <ul className="space-y-3">
              {candidates.map((c) => (
                <li key={c.id}>
                  <p className="font-medium">{c.nomineeNames}</p>
                  <p className="mb-2 text-sm whitespace-pre-line text-muted">{c.citation}</p>
                  {c.recused ? (
                    <p className="text-sm">{t('ballot.recusedFrom', { nominee: c.nomineeNames })}</p>
                  ) : !voted ? (
                    <ActionButton
                      action={declareConflictAction}
                      fields={{ roundId: String(round.id), nominationId: String(c.id) }}
                      variant="secondary"
                      confirm={t('ballot.confirmDeclare')}
                    >
                      {t('ballot.declare', { nominee: c.nomineeNames })}
                    </ActionButton>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('rounds.vote')}>
            {voted ? <p className="mb-3 font-medium">{t('ballot.voted')}</p> : null}
            {/* Kept mounted after voting, so the receipt it shows survives the page refresh. */}
            <BallotForm
              roundId={round.id}
              method={round.method}
              maxChoices={round.maxChoices}
              candidates={candidates}
              askReceipt={voted && round.secret}
              locked={voted && !round.allowChanges}
            />
          </Card>
        </>
      ) : (
        <BallotClosedNotice round={round} award={award} now={now} />
      )}
      <Card title={t('ballot.checkTitle')}>
        <ReceiptCheck roundId={round.id} />
      </Card>
      {canSeeResults(viewer, staff, round.status) ? (
        <Card title={t('rounds.results')}>
          <RoundResults
            {...getRoundResults(round.id, viewer)}
            canSettle={canPublishResults(viewer, staff) && round.status === 'closed'}
            openBallots={listOpenBallots(round)}
          />
        </Card>
      ) : null}
    </div>
  );
}
