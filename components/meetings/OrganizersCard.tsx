'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { SelectField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { addMeetingOrganizerAction, removeMeetingOrganizerAction } from '@/lib/meetings/actions';

type Person = { id: number; name: string; email: string };

/** Who runs this meeting besides admins: a role held per meeting. */
export function OrganizersCard({ meetingId, organizers, candidates }: { meetingId: number; organizers: Person[]; candidates: Person[] }) {
  const t = useTranslations('meetings.organizers');
  const common = useTranslations('common');
  const [state, addAction] = useActionState(addMeetingOrganizerAction, initialFormState);
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-line rounded-md border border-line">
        {organizers.map((person) => (
          <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              {person.name} <span className="text-sm break-all text-muted">{person.email}</span>
            </span>
            {organizers.length > 1 ? (
              <ActionButton
                action={removeMeetingOrganizerAction}
                fields={{ meetingId: String(meetingId), userId: String(person.id) }}
                variant="ghost"
                confirm={t('confirmRemove', { name: person.name })}
              >
                {t('remove', { name: person.name })}
              </ActionButton>
            ) : null}
          </li>
        ))}
      </ul>
      <form action={addAction} className="space-y-3" noValidate>
        <FormMessages state={state} />
        <input type="hidden" name="meetingId" value={meetingId} />
        <SelectField
          label={t('add')}
          name="userId"
          idPrefix="organizer"
          placeholder={common('choose')}
          error={state.fieldErrors?.userId}
          options={candidates.map((person) => ({ value: String(person.id), label: `${person.name} (${person.email})` }))}
        />
        <SubmitButton variant="secondary">{t('addButton')}</SubmitButton>
      </form>
    </div>
  );
}
