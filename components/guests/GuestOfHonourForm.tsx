'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { markGuestOfHonourAction, unmarkGuestOfHonourAction } from '@/lib/guests/actions';
import { GUEST_TITLE_MAX } from '@/lib/guests/schema';

/**
 * The guest-of-honour mark on one row of the registration list: the title and a button
 * to mark, or the mark and a button to take it away. The report's lead names them.
 */
export function GuestOfHonourForm({
  registrationId,
  name,
  title,
}: {
  registrationId: number;
  name: string;
  title: string | null;
}) {
  const t = useTranslations('guests');
  const [markState, mark] = useActionState(markGuestOfHonourAction, initialFormState);
  const [unmarkState, unmark] = useActionState(unmarkGuestOfHonourAction, initialFormState);
  if (title !== null) {
    return (
      <form action={unmark} className="min-w-56 space-y-1" noValidate>
        <p className="font-medium text-brand-800">{t('markedAs', { title })}</p>
        <input type="hidden" name="registrationId" value={registrationId} />
        <SubmitButton variant="secondary" className="text-sm">
          {t('unmark')} <span className="sr-only">{name}</span>
        </SubmitButton>
        <FormMessages state={unmarkState} />
      </form>
    );
  }
  // Folded until asked for: an open title field on every row would crowd the list's other columns.
  return (
    <details className="group" open={!!markState.fieldErrors || !!markState.formError}>
      <summary className="cursor-pointer text-sm text-brand-800 underline">
        {t('open')} <span className="sr-only">{name}</span>
      </summary>
      <form action={mark} className="mt-1 space-y-1" noValidate>
        <input type="hidden" name="registrationId" value={registrationId} />
        <TextField
          idPrefix={`guest-${registrationId}`}
          label={t('titleLabel', { name })}
          name="title"
          limit={GUEST_TITLE_MAX}
          hint={t('titleHint')}
          error={markState.fieldErrors?.title}
          defaultValue={markState.values?.title}
          className="min-w-48"
        />
        <SubmitButton variant="secondary" className="text-sm">
          {t('mark')} <span className="sr-only">{name}</span>
        </SubmitButton>
        <FormMessages state={markState} />
      </form>
    </details>
  );
}
