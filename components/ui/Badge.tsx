import type { ReactNode } from 'react';
import { cx } from './cx';

const tones = {
  neutral: 'bg-surface text-ink border-line',
  brand: 'bg-brand-50 text-brand-800 border-brand-200',
  warning: 'bg-warning-50 text-warning-800 border-warning-200',
  success: 'bg-success-50 text-success-800 border-success-300',
} as const;

export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
