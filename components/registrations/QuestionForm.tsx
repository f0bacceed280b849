'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { questionKinds } from '@/db/schema/enums';
import { initialFormState } from '@/lib/actions/state';
import { addQuestionAction } from '@/lib/registrations/actions';

export function QuestionForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations('registration.questions');
  const kinds = useTranslations('questionKinds');
  const [state, action] = useActionState(addQuestionAction, initialFormState);
  const v: Record<string, string> = { kind: 'text', ...state.values };
  const field = fieldsOf(v, state.fieldErrors, 'question');
  return (
    <ActionForm action={action} state={state} hiddenFields={{ meetingId }} className="space-y-3">
      <SelectField
        label={t('kind')}
        {...field('kind')}
        key={`kind-${v.kind}`}
        options={questionKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
      />
      <TextField label={t('label')} {...field('label')} required limit={200} />
      <TextareaField label={t('choices')} {...field('choices')} rows={3} limit={1000} hint={t('choicesHint')} />
      <CheckboxField
        idPrefix="question"
        label={t('required')}
        name="required"
        defaultChecked={v.required === 'on'}
        key={`required-${v.required}`}
      />
      <SubmitButton variant="secondary">{t('add')}</SubmitButton>
    </ActionForm>
  );
}
