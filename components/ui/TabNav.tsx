import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { CurrentTabInView } from '@/components/ui/CurrentTabInView';
import { Link } from '@/lib/i18n/navigation';

/** A row of section tabs that scrolls sideways on a phone rather than wrapping, with a shadow where more tabs hide. */
export function TabNav({ label, children }: { label: string; children: ReactNode }) {
  const navId = `tabs-${label.replace(/\s+/g, '-')}`;
  return (
    <nav
      id={navId}
      aria-label={label}
      className="scroll-hint on-surface mb-6 overflow-x-auto border-b border-line print:hidden"
    >
      <ul className="flex min-w-max gap-1">{children}</ul>
      <CurrentTabInView navId={navId} />
    </nav>
  );
}

/** One tab; the current one is underlined and announced as the current page. */
export function TabLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? 'page' : undefined}
        className={cx(
          'flex min-h-11 items-center border-b-2 px-3',
          current ? 'border-brand-700 font-semibold text-brand-800' : 'border-transparent text-ink hover:bg-surface',
        )}
      >
        {children}
      </Link>
    </li>
  );
}
