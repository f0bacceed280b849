'use client';

import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { formatSpan } from './clock';
import { useServerClock } from './useServerClock';

/** Elapsed and remaining time of the item on stage; past its planned length it shows the overrun instead. */
export function ItemClock({
  startedAt,
  plannedMinutes,
  serverNow,
  size = 'normal',
}: {
  startedAt: number;
  plannedMinutes: number;
  serverNow: number;
  size?: 'normal' | 'screen';
}) {
  const t = useTranslations('live');
  const now = useServerClock(serverNow);
  const elapsed = now - startedAt;
  const remaining = plannedMinutes * 60_000 - elapsed;
  const big = size === 'screen';
  return (
    <dl className={cx('grid grid-cols-2 gap-4', big ? 'text-[clamp(1.5rem,4vw,4rem)]' : 'text-lg')}>
      <div>
        <dt className={cx(big ? 'text-[0.45em] text-white/70' : 'text-sm text-muted')}>{t('elapsed')}</dt>
        <dd className="font-bold tabular-nums">{formatSpan(elapsed)}</dd>
      </div>
      <div>
        <dt className={cx(big ? 'text-[0.45em] text-white/70' : 'text-sm text-muted')}>
          {remaining >= 0 ? t('remaining') : t('over')}
        </dt>
        <dd className={cx('font-bold tabular-nums', remaining < 0 && (big ? 'text-amber-300' : 'text-danger-700'))}>
          {remaining >= 0 ? formatSpan(remaining) : `+${formatSpan(-remaining)}`}
        </dd>
      </div>
    </dl>
  );
}
