'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { FormState } from '@/lib/actions/state';

/** Goes where the action's answer says once it arrives (the client navigates, so the answer stays small). */
export function useFollowRedirect(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
}
