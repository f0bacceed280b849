import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { cx } from './cx';

/** The quiet link above a page's title that leads back to where the reader came from (the list, the record). */
export function BackLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={cx('text-sm text-brand-800 underline', className)}>
      {children}
    </Link>
  );
}
