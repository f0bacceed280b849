import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import type { DoorVerdict } from './door-signal';

const look: Record<DoorVerdict, { box: string; mark: string }> = {
  checkedIn: { box: 'border-success-800 bg-success-50 text-success-800', mark: 'M5 13l4 4L19 7' },
  already: { box: 'border-warning-800 bg-warning-50 text-warning-800', mark: 'M12 7v6m0 4h.01' },
  refused: { box: 'border-danger-700 bg-danger-50 text-danger-700', mark: 'M6 6l12 12M18 6L6 18' },
};

/**
 * One answer at the door, in a colour and a mark of its own (colour alone is not
 * enough for everyone), with a headline readable from a metre away.
 */
export function DoorVerdictPanel({ verdict, message }: { verdict: DoorVerdict; message: string }) {
  const t = useTranslations('checkIn.verdict');
  const { box, mark } = look[verdict];
  return (
    <div data-verdict={verdict} className={cx('flex items-start gap-3 rounded-xl border-4 p-4', box)}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-14 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth={3}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={mark} />
      </svg>
      <div className="min-w-0">
        {/* The headline repeats the message in one word for the eye; screen readers hear the message. */}
        <p aria-hidden="true" className="text-3xl font-bold leading-tight">
          {t(verdict)}
        </p>
        <p
          role={verdict === 'refused' ? 'alert' : 'status'}
          className="mt-1 text-xl font-semibold leading-snug break-words"
        >
          {message}
        </p>
      </div>
    </div>
  );
}
