'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { SelectField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState, type FormAction } from '@/lib/actions/state';

type Person = { id: number; name: string; email: string };

/**
 * The managers of one award or campaign (decision 0014), with add and remove. `field`
 * names the hidden input that carries the record's id (awardId, campaignId).
 */
export function ManagersCard({
  field,
  recordId,
  managers,
  candidates,
  addAction,
  removeAction,
}: {
  field: string;
  recordId: number;
  managers: Person[];
  candidates: Person[];
  addAction: FormAction;
  removeAction: FormAction;
}) {
  const t = useTranslations('managers');
  const common = useTranslations('common');
  const [state, add] = useActionState(addAction, initialFormState);
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t('lead')}</p>
      <ul className="divide-y divide-line rounded-md border border-line">
        {managers.map((person) => (
          <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              {person.name} <span className="text-sm break-all text-muted">{person.email}</span>
            </span>
            {managers.length > 1 ? (
              <ActionButton action={removeAction} fields={{ [field]: String(recordId), userId: String(person.id) }} variant="ghost" confirm={t('confirmRemove', { name: person.name })}>
                {t('remove', { name: person.name })}
              </ActionButton>
            ) : null}
          </li>
        ))}
      </ul>
      <form action={add} className="space-y-3" noValidate>
        <FormMessages state={state} />
        <input type="hidden" name={field} value={recordId} />
        <SelectField
          label={t('add')}
          name="userId"
          idPrefix={`manager-${field}`}
          placeholder={common('choose')}
          error={state.fieldErrors?.userId}
          options={candidates.map((person) => ({ value: String(person.id), label: `${person.name} (${person.email})` }))}
        />
        <SubmitButton variant="secondary">{t('addButton')}</SubmitButton>
      </form>
    </div>
  );
}
