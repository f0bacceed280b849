'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { SelectField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState, type FormAction } from '@/lib/actions/state';

type Person = { id: number; name: string; email: string };

/**
 * The people who run one record — an award's or campaign's managers (decision 0014), a
 * meeting's organizers — with add and remove; the last one cannot be removed. `field`
 * names the hidden input that carries the record's id (awardId, campaignId, meetingId);
 * `messages` the namespace of the wording (add, addButton, remove, confirmRemove, and
 * lead for managers).
 */
export function ManagersCard({
  field,
  recordId,
  managers,
  candidates,
  addAction,
  removeAction,
  messages = 'managers',
  idPrefix = `manager-${field}`,
}: {
  field: string;
  recordId: number;
  managers: Person[];
  candidates: Person[];
  addAction: FormAction;
  removeAction: FormAction;
  messages?: 'managers' | 'meetings.organizers';
  idPrefix?: string;
}) {
  const t = useTranslations(messages);
  const lead = useTranslations('managers');
  const common = useTranslations('common');
  const [state, add] = useActionState(addAction, initialFormState);
  return (
    <div className="space-y-4">
      {messages === 'managers' ? <p className="text-sm text-muted">{lead('lead')}</p> : null}
      <ul className="divide-y divide-line rounded-md border border-line">
        {managers.map((person) => (
          <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              {person.name} <span className="text-sm break-all text-muted">{person.email}</span>
            </span>
            {managers.length > 1 ? (
              <ActionButton
                action={removeAction}
                fields={{ [field]: String(recordId), userId: String(person.id) }}
                variant="ghost"
                confirm={t('confirmRemove', { name: person.name })}
              >
                {t('remove', { name: person.name })}
              </ActionButton>
            ) : null}
          </li>
        ))}
      </ul>
      <ActionForm action={add} state={state} className="space-y-3">
        <input type="hidden" name={field} value={recordId} />
        <SelectField
          label={t('add')}
          name="userId"
          idPrefix={idPrefix}
          placeholder={common('choose')}
          error={state.fieldErrors?.userId}
          options={candidates.map((person) => ({
            value: String(person.id),
            label: `${person.name} (${person.email})`,
          }))}
        />
        <SubmitButton variant="secondary">{t('addButton')}</SubmitButton>
      </ActionForm>
    </div>
  );
}
