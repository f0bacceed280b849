import type { ReactNode } from 'react';

/** The bench control's own document: none of the site's layouts (lib/bench/actions.ts). */
export default function BenchControlLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
