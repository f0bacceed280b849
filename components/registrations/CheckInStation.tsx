'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef } from 'react';
import { TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { checkInAction } from '@/lib/registrations/actions';
import { QrScanner } from './QrScanner';

/** The door: scan a ticket or type its number. The answer is large enough to read at arm's length. */
export function CheckInStation({ meetingId }: { meetingId: number }) {
  const t = useTranslations('checkIn');
  const [state, action] = useActionState(checkInAction, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  // The answer is shown at once; the counters catch up right after.
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <div className="space-y-4">
      <form ref={form} action={action} className="space-y-3" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        <TextField
          ref={input}
          label={t('code')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="max-w-sm"
          error={state.fieldErrors?.code}
          hint={t('codeHint')}
        />
        <SubmitButton>{t('checkIn')}</SubmitButton>
        <FormMessages state={state} className="text-lg" />
      </form>
      <QrScanner
        onCode={(code) => {
          if (!input.current || !form.current) return;
          input.current.value = code;
          form.current.requestSubmit();
        }}
      />
    </div>
  );
}
