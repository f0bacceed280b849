'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/actions/state';
import { benchControlAction } from '@/lib/bench/actions';

/** The bench's control form (lib/bench/actions.ts): one button, one trivial action. */
export function BenchControlForm() {
  const [state, action] = useActionState(benchControlAction, initialFormState);
  return (
    <form action={action} data-ok={state.ok ? '1' : '0'}>
      <input type="submit" />
    </form>
  );
}
