import { useFormatter, useTranslations } from 'next-intl';
import { offsetLabel } from '@/lib/meetings/time';
import { ViewerZoneNote } from './ViewerZoneNote';
import { whenText } from './when-text';

/** "2020年4月30日星期四 09:00–11:30 (Asia/Shanghai, UTC+8)", in the meeting's zone; the viewer's own time when it differs. */
export function MeetingWhen({
  startsAt,
  endsAt,
  timeZone,
  withViewerZone = true,
}: {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  withViewerZone?: boolean;
}) {
  const format = useFormatter();
  const t = useTranslations('meetings');
  return (
    <span>
      <time dateTime={startsAt.toISOString()}>{whenText(format, startsAt, endsAt, timeZone, 'full')}</time>{' '}
      <span>{t('zoneLabel', { zone: timeZone, offset: offsetLabel(startsAt, timeZone) })}</span>
      {withViewerZone ? (
        <ViewerZoneNote startsAt={startsAt.getTime()} endsAt={endsAt.getTime()} meetingZone={timeZone} />
      ) : null}
    </span>
  );
}
