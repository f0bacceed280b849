import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/ActionButton';
import { liveCommandAction } from '@/lib/live/actions';

/**
 * Start or Next is the one primary action; Back is secondary and clearing the
 * record (after a rehearsal) is set apart. Each button sends the live version this
 * page showed, so a double click or a second laptop cannot skip an item.
 */
export function LiveControls({
  meetingId,
  liveVersion,
  status,
  isFirst,
  isLast,
}: {
  meetingId: number;
  liveVersion: number;
  status: 'waiting' | 'running' | 'ended';
  isFirst: boolean;
  isLast: boolean;
}) {
  const t = useTranslations('live');
  const fields = (command: string) => ({ meetingId: String(meetingId), command, liveVersion: String(liveVersion) });
  // Start and next are the buttons pressed mid-ceremony: large, full width on a phone.
  const primary = {
    action: liveCommandAction,
    variant: 'primary',
    className: 'w-full sm:w-auto',
    buttonClassName: 'w-full py-3 text-lg sm:w-auto sm:min-w-48',
  } as const;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-3">
        {status === 'waiting' ? (
          <ActionButton {...primary} fields={fields('start')}>
            {t('start')}
          </ActionButton>
        ) : null}
        {status === 'running' ? (
          <ActionButton {...primary} fields={fields('next')}>
            {isLast ? t('finish') : t('next')}
          </ActionButton>
        ) : null}
        {(status === 'running' && !isFirst) || status === 'ended' ? (
          <ActionButton action={liveCommandAction} fields={fields('previous')}>
            {t('previous')}
          </ActionButton>
        ) : null}
      </div>
      {status !== 'waiting' ? (
        <ActionButton
          action={liveCommandAction}
          fields={fields('reset')}
          variant="danger"
          confirm={t('confirmReset')}
          className="border-t border-line pt-4"
        >
          {t('reset')}
        </ActionButton>
      ) : null}
    </div>
  );
}
