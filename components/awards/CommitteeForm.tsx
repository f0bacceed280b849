'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField } from '@/components/ui/Field';
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
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ awardId }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <SelectField
          idPrefix="committee"
          label={t('person')}
          name="userId"
          required
          defaultValue={v.userId ?? ''}
          key={`p-${v.userId ?? ''}-${state.ok}`}
          error={e.userId}
          options={[
            { value: '', label: t('choosePerson') },
            ...people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.email})` })),
          ]}
        />
        <SelectField
          idPrefix="committee"
          label={t('role')}
          name="role"
          defaultValue={v.role ?? 'member'}
          error={e.role}
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
