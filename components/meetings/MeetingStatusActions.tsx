'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { MeetingStatus } from '@/db/schema/enums';
import { initialFormState } from '@/lib/actions/state';
import { changeMeetingStatusAction } from '@/lib/meetings/actions';
import { meetingTransitions, type MeetingTransition } from '@/lib/meetings/schema';

/**
 * The status steps open from where the meeting is now (the server checks them
 * again). One form, so the confirmation stays on screen after the buttons change.
 */
export function MeetingStatusActions({ meetingId, status }: { meetingId: number; status: MeetingStatus }) {
  const t = useTranslations('meetings.status');
  const [state, action] = useActionState(changeMeetingStatusAction, initialFormState);
  const open = (Object.keys(meetingTransitions) as MeetingTransition[]).filter((transition) =>
    (meetingTransitions[transition].from as readonly MeetingStatus[]).includes(status),
  );
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(event) => {
        const transition = (event.nativeEvent as SubmitEvent).submitter?.getAttribute(
          'value',
        ) as MeetingTransition | null;
        if (transition && transition !== 'publish' && !window.confirm(t(`confirm.${transition}`)))
          event.preventDefault();
      }}
    >
      <FormMessages state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="text-sm text-muted">{t(`explain.${status}`)}</p>
      <div className="flex flex-wrap gap-3">
        {open.map((transition) => (
          <SubmitButton
            key={transition}
            name="transition"
            value={transition}
            variant={transition === 'publish' ? 'primary' : transition === 'cancel' ? 'danger' : 'secondary'}
          >
            {t(`action.${transition}`)}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}
