import { useTranslations } from 'next-intl';
import type { MeetingStatus } from '@/db/schema/enums';
import { ActionButton } from '@/components/ui/ActionButton';
import { changeMeetingStatusAction } from '@/lib/meetings/actions';
import { meetingTransitions, type MeetingTransition } from '@/lib/meetings/schema';

/** The status steps open from where the meeting is now; the server checks them again. */
export function MeetingStatusActions({ meetingId, status }: { meetingId: number; status: MeetingStatus }) {
  const t = useTranslations('meetings.status');
  const open = (Object.keys(meetingTransitions) as MeetingTransition[]).filter((transition) =>
    (meetingTransitions[transition].from as readonly MeetingStatus[]).includes(status),
  );
  if (open.length === 0) return <p className="text-muted">{t('final')}</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t(`explain.${status}`)}</p>
      <div className="flex flex-wrap gap-3">
        {open.map((transition) => (
          <ActionButton
            key={transition}
            action={changeMeetingStatusAction}
            fields={{ meetingId: String(meetingId), transition }}
            variant={transition === 'publish' ? 'primary' : transition === 'cancel' ? 'danger' : 'secondary'}
            confirm={transition === 'publish' ? undefined : t(`confirm.${transition}`)}
          >
            {t(`action.${transition}`)}
          </ActionButton>
        ))}
      </div>
    </div>
  );
}
