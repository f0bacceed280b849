import { getFormatter, getTranslations } from 'next-intl/server';
import { AutoRefresh } from '@/components/live/AutoRefresh';
import { RevealControls } from '@/components/awards/RevealControls';
import { DisplayPreview } from '@/components/live/DisplayPreview';
import { ItemClock } from '@/components/live/ItemClock';
import { LiveClock } from '@/components/live/LiveClock';
import { LiveControls } from '@/components/live/LiveControls';
import { RunOfShow } from '@/components/live/RunOfShow';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { listAgendaItems } from '@/lib/agenda/data';
import { forecast } from '@/lib/agenda/schedule';
import { ceremonyWinnersByItem, revealedNominationId } from '@/lib/awards/data';
import { getPathname } from '@/lib/i18n/navigation';
import { formatClock, formatDateTime } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';
import { readLiveState } from '@/lib/live/data';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { canRunLive } from '@/lib/meetings/permissions';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('control') };
}

export default async function ControlPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/control`);
  const [t, format] = await Promise.all([getTranslations('live'), getFormatter()]);
  const items = listAgendaItems(meeting.id);
  if (items.length === 0) return <EmptyState title={t('noAgenda')} />;

  const now = new Date();
  const result = forecast(
    meeting.startsAt,
    items,
    { currentItemId: meeting.currentItemId, endedAt: meeting.liveEndedAt },
    now,
  );
  const index = items.findIndex((item) => item.id === meeting.currentItemId);
  const current = items[index];
  const status = meeting.liveEndedAt ? 'ended' : current ? 'running' : 'waiting';
  const next = status === 'ended' ? undefined : items[index + 1];
  const driftMinutes = Math.round(result.driftMs / 60_000);
  const time = (date: Date) => formatClock(date, meeting.timeZone);
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeZone: meeting.timeZone });
  const winners = ceremonyWinnersByItem(items);
  const revealedId = revealedNominationId(meeting.id);
  const reveals = Object.fromEntries(
    Object.entries(winners).map(([itemId, list]) => [
      itemId,
      <RevealControls key={itemId} meetingId={meeting.id} winners={list} revealedId={revealedId} />,
    ]),
  );
  // The ceremony on stage shows its reveals beside Next; otherwise they wait under their item.
  const { [current?.id ?? -1]: currentReveals, ...laterReveals } = reveals;
  const live = readLiveState(meeting.id, now)!;

  return (
    <div className="space-y-6">
      <AutoRefresh everyMs={20_000} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={t(`status.${status}`)}>
          <div className="space-y-4">
            <LiveClock serverNow={now.getTime()} timeZone={meeting.timeZone} label={t('now')} />
            {result.offDayStart ? (
              <p role="note" className="rounded-md border border-warning-200 bg-warning-50 px-3 py-2 text-warning-800">
                {t('offDay', {
                  planned: day(meeting.startsAt),
                  start: formatDateTime(result.offDayStart, locale, meeting.timeZone),
                })}
              </p>
            ) : status === 'waiting' && now > meeting.endsAt ? (
              <p role="note" className="rounded-md border border-warning-200 bg-warning-50 px-3 py-2 text-warning-800">
                {t('pastWaiting', { planned: day(meeting.startsAt) })}
              </p>
            ) : null}
            {current ? (
              <div>
                <p className="text-sm text-muted">{t('onStage')}</p>
                <p className="text-2xl font-bold">{current.title}</p>
                {current.presenters ? <p>{current.presenters}</p> : null}
                <div className="mt-3">
                  <ItemClock
                    startedAt={current.startedAt!.getTime()}
                    plannedMinutes={current.plannedMinutes}
                    serverNow={now.getTime()}
                  />
                </div>
              </div>
            ) : null}
            {next ? (
              <p>
                <span className="text-sm text-muted">{t('upNext')} </span>
                <span className="font-medium">{next.title}</span>
              </p>
            ) : null}
            {canRunLive(meeting.status) ? (
              <LiveControls
                meetingId={meeting.id}
                liveVersion={meeting.liveVersion}
                status={status}
                isFirst={index === 0}
                isLast={index === items.length - 1}
              />
            ) : (
              <p className="text-muted">{t('closed')}</p>
            )}
            {currentReveals}
          </div>
        </Card>
        <div className="space-y-6">
          <Card title={t('preview')}>
            <DisplayPreview
              slug={meeting.slug}
              initial={live}
              openLabel={t('openDisplay')}
              href={getPathname({ href: `/meetings/${meeting.slug}/display`, locale })}
            />
          </Card>
          <Card title={t('timing')}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="text-muted">{t('plannedEnd')}</dt>
              <dd className="tabular-nums">{time(result.plannedEnd)}</dd>
              <dt className="text-muted">{status === 'ended' ? t('actualEnd') : t('forecastEnd')}</dt>
              <dd className="tabular-nums font-semibold">{time(result.forecastEnd)}</dd>
              {status !== 'waiting' || driftMinutes !== 0 ? (
                <>
                  <dt className="text-muted">{t('drift')}</dt>
                  <dd
                    className={
                      driftMinutes > 0
                        ? 'font-semibold text-danger-700'
                        : driftMinutes < 0
                          ? 'font-semibold text-success-800'
                          : ''
                    }
                    data-testid="live-drift"
                  >
                    {driftMinutes > 0
                      ? t('behind', { minutes: driftMinutes })
                      : driftMinutes < 0
                        ? t('ahead', { minutes: -driftMinutes })
                        : t('onTime')}
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>
        </div>
      </div>
      <Card title={t('runOfShow')}>
        <RunOfShow items={items} forecast={result} timeZone={meeting.timeZone} under={laterReveals} />
      </Card>
    </div>
  );
}
