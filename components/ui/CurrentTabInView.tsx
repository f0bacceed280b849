'use client';

import { useEffect } from 'react';

/**
 * On a phone the tab row scrolls sideways; opened on a tab far to the right (the door's
 * 签到), the row would start with that tab hidden. Scrolls the row, not the page, so the
 * current tab is whole on screen.
 */
export function CurrentTabInView({ navId }: { navId: string }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const hidden = current.getBoundingClientRect().right - nav.getBoundingClientRect().right;
    if (hidden > 0) nav.scrollLeft += hidden + 16;
  }, [navId]);
  return null;
}
