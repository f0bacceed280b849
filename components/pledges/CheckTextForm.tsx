'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextareaField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { checkTextAction } from '@/lib/pledges/actions';

/** Paste a document's text; the server says whether it hashes to the signed value. */
export function CheckTextForm({ code }: { code: string }) {
  const t = useTranslations('pledges.verify');
  const [state, action] = useActionState(checkTextAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="code" value={code} />
      <TextareaField
        label={t('paste')}
        hint={t('pasteHint')}
        name="text"
        rows={8}
        defaultValue={state.values?.text}
        error={state.fieldErrors?.text}
      />
      <SubmitButton variant="secondary">{t('check')}</SubmitButton>
      <FormMessages state={state} />
    </form>
  );
}
