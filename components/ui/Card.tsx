import { useId, type ReactNode } from 'react';
import { cx } from './cx';

/** A titled section; the title names it, so screen readers list it among the page's regions. */
export function Card({ title, children, className }: { title?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section
      aria-labelledby={title ? id : undefined}
      className={cx('rounded-lg border border-line bg-white p-4 sm:p-6', className)}
    >
      {title ? (
        <h2 id={id} className="mb-4 text-lg font-semibold text-ink">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
