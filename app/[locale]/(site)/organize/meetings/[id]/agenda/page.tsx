import { getTranslations } from 'next-intl/server';
import { AgendaEditor } from '@/components/agenda/AgendaEditor';
import { AwardChoicesProvider } from '@/components/awards/AwardChoices';
import { ceremonyAwardIds, listAwardChoices } from '@/lib/awards/data';
import { AgendaItemForm } from '@/components/agenda/AgendaItemForm';
import { AgendaSummary } from '@/components/agenda/AgendaSummary';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { listAgendaItems } from '@/lib/agenda/data';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('agenda') };
}

export default async function AgendaPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/agenda`);
  const t = await getTranslations('agenda');
  const items = listAgendaItems(meeting.id);
  const awardIds = ceremonyAwardIds(items.map((item) => item.id));
  return (
    // Every item form, the add form included, offers the awards a ceremony may present.
    <AwardChoicesProvider awards={listAwardChoices()}>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={t('title')}>
          <div className="space-y-4">
            <AgendaSummary
              items={items}
              startsAt={meeting.startsAt}
              endsAt={meeting.endsAt}
              timeZone={meeting.timeZone}
            />
            {items.length === 0 ? (
              <EmptyState title={t('empty')} />
            ) : (
              <AgendaEditor
                meetingId={meeting.id}
                agendaVersion={meeting.agendaVersion}
                startsAt={meeting.startsAt.getTime()}
                timeZone={meeting.timeZone}
                items={items.map((item) => ({
                  id: item.id,
                  kind: item.kind,
                  title: item.title,
                  titleEn: item.titleEn,
                  plannedMinutes: item.plannedMinutes,
                  presenters: item.presenters,
                  description: item.description,
                  crewNotes: item.crewNotes,
                  awardIds: awardIds.get(item.id) ?? [],
                  pledgeCampaignId: item.pledgeCampaignId,
                  started: !!item.startedAt,
                }))}
              />
            )}
          </div>
        </Card>
        <Card title={t('addTitle')}>
          <AgendaItemForm meetingId={meeting.id} />
        </Card>
      </div>
    </AwardChoicesProvider>
  );
}
