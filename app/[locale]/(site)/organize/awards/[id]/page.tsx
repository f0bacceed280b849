import { getTranslations } from 'next-intl/server';
import { AwardForm } from '@/components/awards/AwardForm';
import { CategoryForm } from '@/components/awards/CategoryForm';
import { CommitteeForm } from '@/components/awards/CommitteeForm';
import { RoundForm } from '@/components/awards/RoundForm';
import { RoundList } from '@/components/awards/RoundList';
import { ScreeningForm } from '@/components/awards/ScreeningForm';
import { wallTime } from '@/components/awards/format';
import { ManagersCard } from '@/components/managers/ManagersCard';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import {
  addAwardManagerAction,
  dismissAction,
  removeAwardManagerAction,
  removeCategoryAction,
  updateAwardAction,
} from '@/lib/awards/actions';
import {
  listAppointablePeople,
  listAwardManagers,
  listCategories,
  listCommittee,
  listManagerCandidates,
  listNominations,
  listRounds,
  participationCount,
} from '@/lib/awards/data';
import { requireAwardOrganizer } from '@/lib/awards/guard';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listManagedMeetings } from '@/lib/meetings/data';

export async function generateMetadata() {
  const t = await getTranslations('awards');
  return { title: t('organizeTitle') };
}

export default async function ManageAwardPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const { viewer, award, manages: manager } = await requireAwardOrganizer(id, `/organize/awards/${id}`);
  const t = await getTranslations('awards');
  const managersT = await getTranslations('managers');
  const categories = listCategories(award.id);
  const committee = listCommittee(award.id);
  const nominations = listNominations(award.id);
  const rounds = listRounds(award.id).map((round) => ({
    ...round,
    ballots: participationCount(round.id),
    categoryName: categories.find((c) => c.id === round.categoryId)?.name ?? '',
  }));
  return (
    <div className="space-y-6">
      <BackLink href={manager ? '/organize/awards' : '/awards'}>{t('backToAwards')}</BackLink>
      <PageHeader
        title={award.name}
        description={t('cycle', { year: award.cycleYear })}
        actions={
          <Link href={`/awards/${award.id}`} className="text-brand-800 underline">
            {t('title')}
          </Link>
        }
      />
      {manager ? (
        <Card title={t('form.details')}>
          <AwardForm
            action={updateAwardAction}
            awardId={award.id}
            initial={{
              name: award.name,
              nameEn: award.nameEn ?? '',
              cycleYear: String(award.cycleYear),
              description: award.description ?? '',
              rules: award.rules ?? '',
              nominationsOpenAt: wallTime(award.nominationsOpenAt),
              nominationsCloseAt: wallTime(award.nominationsCloseAt),
              votingOpensAt: wallTime(award.votingOpensAt),
              votingClosesAt: wallTime(award.votingClosesAt),
              publicNominations: award.publicNominations ? 'on' : '',
            }}
          />
        </Card>
      ) : null}
      {manager ? (
        <Card title={managersT('title')}>
          <ManagersCard
            field="awardId"
            recordId={award.id}
            managers={listAwardManagers(award.id)}
            candidates={listManagerCandidates(award.id)}
            addAction={addAwardManagerAction}
            removeAction={removeAwardManagerAction}
          />
        </Card>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('categories.title')}>
          {categories.length === 0 ? <p className="mb-4 text-muted">{t('categories.none')}</p> : null}
          <ul className="mb-4 space-y-2">
            {categories.map((category) => (
              <li key={category.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{category.name}</span>{' '}
                  <span className="text-muted">· {t('categories.winnersCount', { count: category.winners })}</span>
                </span>
                {manager ? (
                  <ActionButton
                    action={removeCategoryAction}
                    fields={{ categoryId: String(category.id) }}
                    variant="ghost"
                  >
                    {t('categories.remove')}
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
          {manager ? <CategoryForm awardId={award.id} /> : null}
        </Card>
        <Card title={`${t('committee.title')} · ${t('committee.count', { count: committee.length })}`}>
          {committee.length === 0 ? <p className="mb-4 text-muted">{t('committee.none')}</p> : null}
          <ul className="mb-4 space-y-2">
            {committee.map((member) => (
              <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {member.name}{' '}
                  <Badge tone={member.role === 'chair' ? 'brand' : 'neutral'}>
                    {t(`committee.roles.${member.role}`)}
                  </Badge>
                </span>
                {manager ? (
                  <ActionButton
                    action={dismissAction}
                    fields={{ awardId: String(award.id), userId: String(member.userId) }}
                    variant="ghost"
                  >
                    {t('committee.dismiss')}
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
          {manager ? <CommitteeForm awardId={award.id} people={listAppointablePeople()} /> : null}
        </Card>
      </div>
      <Card title={t('screening.title')}>
        {nominations.length === 0 ? <p className="text-muted">{t('screening.none')}</p> : null}
        <ul className="space-y-6">
          {nominations.map(({ nomination, categoryName }) => (
            <li key={nomination.id} className="border-b border-line pb-4 last:border-0">
              <div className="mb-2 flex flex-wrap items-center gap-2">
                <span className="text-muted">#{nomination.id}</span>
                <h3 className="font-semibold">{nomination.nomineeNames}</h3>
                {nomination.organization ? <span className="text-muted">{nomination.organization}</span> : null}
                <Badge>{categoryName}</Badge>
                <Badge
                  tone={
                    nomination.status === 'eligible'
                      ? 'success'
                      : nomination.status === 'submitted'
                        ? 'neutral'
                        : 'warning'
                  }
                >
                  {t(`screening.statuses.${nomination.status}`)}
                </Badge>
                {nomination.shortlisted ? <Badge tone="brand">{t('screening.shortlisted')}</Badge> : null}
                {nomination.duplicateOfId ? (
                  <Badge tone="warning">{t('screening.duplicate', { id: nomination.duplicateOfId })}</Badge>
                ) : null}
              </div>
              <p className="mb-1 whitespace-pre-line">{nomination.citation}</p>
              <p className="mb-3 text-sm text-muted">
                {t('screening.nominatedBy', { name: nomination.nominatorName, email: nomination.nominatorEmail })}
              </p>
              <ScreeningForm nomination={nomination} />
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('rounds.title')}>
        <RoundList award={award} rounds={rounds} canMoveWindow={manager} />
        {categories.length > 0 ? (
          <div className="mt-6 border-t border-line pt-4">
            <RoundForm
              awardId={award.id}
              categories={categories}
              meetings={listManagedMeetings(viewer).map((m) => ({ id: m.id, title: m.title }))}
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
