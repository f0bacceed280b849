'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef } from 'react';
import { TextField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { FormState } from '@/lib/actions/state';
import { checkInAction } from '@/lib/registrations/actions';
import { DoorVerdictPanel } from './DoorVerdictPanel';
import { signalDoorVerdict, unlockDoorSound, type DoorVerdict } from './door-signal';
import { QrScanner } from './QrScanner';

/** Each answer is numbered, so the field and the signal react to a repeat of the same answer too. */
type DoorState = FormState & { round: number };

function verdictOf(state: DoorState): DoorVerdict | null {
  if (state.round === 0) return null;
  if (!state.ok) return 'refused';
  return state.outcome === 'already' ? 'already' : 'checkedIn';
}

/**
 * The door: scan a ticket or type its number. Three answers that look, sound and
 * feel different — in (green), already in (amber, with the time), refused (red) —
 * large enough to read at arm's length. A refused code stays in the field to be corrected.
 */
export function CheckInStation({ meetingId }: { meetingId: number }) {
  const t = useTranslations('checkIn');
  const [state, action] = useActionState(
    async (previous: DoorState, formData: FormData): Promise<DoorState> => ({
      ...(await checkInAction(previous, formData)),
      round: previous.round + 1,
    }),
    { round: 0 },
  );
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const verdict = verdictOf(state);
  const message = state.ok
    ? state.message
    : (state.fieldErrors?.code ?? state.formError ?? Object.values(state.fieldErrors ?? {})[0]);
  useEffect(() => {
    if (state.round === 0) return;
    const current = verdictOf(state);
    if (current) signalDoorVerdict(current);
    input.current?.focus();
    // The answer is shown at once; the counters catch up right after.
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {verdict && message ? <DoorVerdictPanel verdict={verdict} message={message} /> : null}
      </div>
      <form ref={form} action={action} onSubmit={unlockDoorSound} className="space-y-3" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        <TextField
          // A new field per answer: empty after a check-in, still holding a refused code.
          key={state.round}
          ref={input}
          label={t('code')}
          name="code"
          defaultValue={verdict === 'refused' ? state.values?.code : undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="max-w-sm"
          aria-invalid={verdict === 'refused' ? true : undefined}
          hint={t('codeHint')}
        />
        <SubmitButton className="w-full sm:w-auto">{t('checkIn')}</SubmitButton>
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
