'use client';

import type { ReactNode } from 'react';
import { Button } from './Button';

export function PrintButton({ children }: { children: ReactNode }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
