import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/ActionButton';
import { liveCommandAction } from '@/lib/live/actions';

/**
 * Start, next, previous, reset. Each button sends the live version this page
 * showed, so a double click or a second laptop cannot skip an item.
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
  return (
    <div className="flex flex-wrap items-start gap-3">
      {status === 'waiting' ? (
        <ActionButton action={liveCommandAction} fields={fields('start')} variant="primary">
          {t('start')}
        </ActionButton>
      ) : null}
      {status === 'running' ? (
        <ActionButton action={liveCommandAction} fields={fields('next')} variant="primary">
          {isLast ? t('finish') : t('next')}
        </ActionButton>
      ) : null}
      {(status === 'running' && !isFirst) || status === 'ended' ? (
        <ActionButton action={liveCommandAction} fields={fields('previous')}>
          {t('previous')}
        </ActionButton>
      ) : null}
      {status !== 'waiting' ? (
        <ActionButton action={liveCommandAction} fields={fields('reset')} variant="danger" confirm={t('confirmReset')}>
          {t('reset')}
        </ActionButton>
      ) : null}
    </div>
  );
}
