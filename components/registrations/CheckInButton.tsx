'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, type ReactNode } from 'react';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { checkInAction } from '@/lib/registrations/actions';

/** Checks in someone found by name, then refreshes the list and the counters. */
export function CheckInButton({
  meetingId,
  registrationId,
  children,
}: {
  meetingId: number;
  registrationId: number;
  children: ReactNode;
}) {
  const [state, action] = useActionState(checkInAction, initialFormState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={action}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <SubmitButton variant="secondary">{children}</SubmitButton>
      <FormMessages state={state} className="not-empty:mt-2" />
    </form>
  );
}
