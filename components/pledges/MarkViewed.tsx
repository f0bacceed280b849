'use client';

import { useEffect } from 'react';
import { initialFormState } from '@/lib/actions/state';
import { markViewedAction } from '@/lib/pledges/actions';

/**
 * Records that the representative opened the pledge, once the page is on their screen:
 * a page render never writes (a prefetch or a crawler would count as a reading), so the
 * write is a server action sent after the page arrived. It shows nothing.
 */
export function MarkViewed({ issueId }: { issueId: number }) {
  useEffect(() => {
    const form = new FormData();
    form.set('issueId', String(issueId));
    void markViewedAction(initialFormState, form);
  }, [issueId]);
  return null;
}
