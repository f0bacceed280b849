import type { ReactNode } from 'react';

/** A friendly "nothing here"; `heading` makes the title the page's heading when the state is the whole page. */
export function EmptyState({
  title,
  children,
  heading,
}: {
  title: ReactNode;
  children?: ReactNode;
  heading?: 'h1' | 'h2';
}) {
  const Title = heading ?? 'p';
  return (
    <div className="rounded-lg border border-dashed border-line bg-white px-6 py-10 text-center">
      <Title className="text-lg font-medium text-ink">{title}</Title>
      {children ? <div className="mt-2 text-muted">{children}</div> : null}
    </div>
  );
}
