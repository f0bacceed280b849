'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { appointAction } from '@/lib/awards/actions';

/** Appoint a person (chosen from the people list) as chair or member. */
export function CommitteeForm({
  awardId,
  people,
}: {
  awardId: number;
  people: { id: number; name: string; email: string }[];
}) {
  const t = useTranslations('awards.committee');
  const [state, formAction] = useActionState(appointAction, initialFormState);
  const v = { userId: '', role: 'member', ...(state.ok ? {} : state.values) };
  const field = fieldsOf(v, state.fieldErrors, 'committee');
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ awardId }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <SelectField
          label={t('person')}
          {...field('userId')}
          required
          key={`p-${v.userId}-${state.ok}`}
          options={[
            { value: '', label: t('choosePerson') },
            ...people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.email})` })),
          ]}
        />
        <SelectField
          label={t('role')}
          {...field('role')}
          options={[
            { value: 'member', label: t('roles.member') },
            { value: 'chair', label: t('roles.chair') },
          ]}
        />
      </div>
      <SubmitButton variant="secondary">{t('appoint')}</SubmitButton>
    </ActionForm>
  );
}
