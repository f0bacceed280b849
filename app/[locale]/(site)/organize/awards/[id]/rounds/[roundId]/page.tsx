import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MemberViewNote } from '@/components/awards/BallotAvailability';
import { RoundResults } from '@/components/awards/RoundResults';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { id as idField } from '@/lib/actions/fields';
import { getRound, getRoundResults, listOpenBallots } from '@/lib/awards/data';
import { requireAwardOrganizer } from '@/lib/awards/guard';
import { canPublishResults, canSeeResults } from '@/lib/awards/permissions';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards.rounds');
  return { title: t('results') };
}

/**
 * One round for its organizers: what committee members see on their ballot right now
 * (always, so "started" here can never mean "not open" there), then the results with
 * the arithmetic once the round has closed.
 */
export default async function RoundResultsPage({
  params,
}: {
  params: Promise<{ locale: string; id: string; roundId: string }>;
}) {
  await pageLocale(params);
  const { id, roundId } = await params;
  const { viewer, award, staff } = await requireAwardOrganizer(id, `/organize/awards/${id}/rounds/${roundId}`);
  const parsed = idField.safeParse(roundId);
  const round = parsed.success ? getRound(parsed.data) : undefined;
  if (!round || round.awardId !== award.id) notFound();
  const t = await getTranslations('awards');
  const header = (
    <>
      <BackLink href={`/organize/awards/${award.id}`}>{t('backToAward')}</BackLink>
      <PageHeader
        title={
          round.status === 'closed' || round.status === 'published'
            ? t('results.title', { round: round.name })
            : round.name
        }
        description={`${award.name} · ${t('cycle', { year: award.cycleYear })}`}
      />
      <MemberViewNote round={round} award={award} now={new Date()} className="mb-6" />
    </>
  );
  if (!canSeeResults(viewer, staff, round.status)) {
    return (
      <div>
        {header}
        <EmptyState title={t('results.hidden')} />
      </div>
    );
  }
  const results = getRoundResults(round.id, viewer);
  return (
    <div>
      {header}
      <Card title={results.category.name}>
        <RoundResults
          {...results}
          canSettle={canPublishResults(viewer, staff) && round.status === 'closed'}
          openBallots={listOpenBallots(round)}
        />
      </Card>
    </div>
  );
}
