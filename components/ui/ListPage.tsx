import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { buttonClass } from './Button';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/**
 * A page listing the records someone keeps (organizations, people, meetings, awards,
 * campaigns): the title, the one way to add a record, any filters, then the records —
 * or, when there are none, a line saying so — and any pages after them.
 */
export function ListPage({
  title,
  description,
  create,
  filters,
  empty,
  footer,
  className,
  children,
}: {
  title: string;
  description?: ReactNode;
  create: { href: string; label: string };
  filters?: ReactNode;
  /** What to say instead of the records; null when there are records to show. */
  empty: string | null;
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Link href={create.href} className={buttonClass('primary')}>
            {create.label}
          </Link>
        }
      />
      {filters}
      {empty === null ? children : <EmptyState title={empty} />}
      {footer}
    </div>
  );
}
