'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { PledgeCampaignSelect } from '@/components/pledges/PledgeCampaignSelect';
import { agendaItemKinds } from '@/db/schema/enums';
import { AwardChecklist } from '@/components/awards/AwardChoices';
import { initialFormState } from '@/lib/actions/state';
import { addAgendaItemAction, updateAgendaItemAction } from '@/lib/agenda/actions';

export type AgendaItemValues = {
  kind: string;
  title: string;
  titleEn: string;
  plannedMinutes: string;
  presenters: string;
  description: string;
  crewNotes: string;
  /** Comma-separated, as the form hands repeated fields back. */
  awardIds: string;
  pledgeCampaignId: string;
};

export const emptyAgendaItem: AgendaItemValues = {
  kind: '',
  title: '',
  titleEn: '',
  plannedMinutes: '',
  presenters: '',
  description: '',
  crewNotes: '',
  awardIds: '',
  pledgeCampaignId: '',
};

/** Add an item to a meeting (meetingId) or edit one (itemId). */
export function AgendaItemForm({
  meetingId,
  itemId,
  initial = emptyAgendaItem,
  onSaved,
}: {
  meetingId?: number;
  itemId?: number;
  initial?: AgendaItemValues;
  onSaved?: () => void;
}) {
  const t = useTranslations('agenda.form');
  const kinds = useTranslations('agendaKinds');
  const common = useTranslations('common');
  const names = useTranslations('names');
  const [state, formAction] = useActionState(itemId ? updateAgendaItemAction : addAgendaItemAction, initialFormState);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  const prefix = itemId ? `item-${itemId}` : 'new-item';
  // React empties the form after a successful add, ready for the next item; an edit closes itself.
  useEffect(() => {
    if (state.ok) onSaved?.();
  }, [state, onSaved]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessages state={state} />
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          idPrefix={prefix}
          label={t('kind')}
          name="kind"
          required
          key={`kind-${v.kind}`}
          defaultValue={v.kind}
          error={e.kind}
          placeholder={common('choose')}
          options={agendaItemKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
        />
        <TextField
          idPrefix={prefix}
          label={t('plannedMinutes')}
          name="plannedMinutes"
          required
          inputMode="numeric"
          defaultValue={v.plannedMinutes}
          error={e.plannedMinutes}
        />
      </div>
      <TextField
        idPrefix={prefix}
        label={t('title')}
        name="title"
        required
        limit={120}
        defaultValue={v.title}
        error={e.title}
      />
      <TextField
        idPrefix={prefix}
        label={names('englishName')}
        name="titleEn"
        lang="en"
        limit={120}
        defaultValue={v.titleEn}
        error={e.titleEn}
      />
      <TextField
        idPrefix={prefix}
        label={t('presenters')}
        name="presenters"
        limit={200}
        defaultValue={v.presenters}
        error={e.presenters}
        hint={t('presentersHint')}
      />
      <TextareaField
        idPrefix={prefix}
        label={t('description')}
        name="description"
        rows={2}
        limit={2000}
        defaultValue={v.description}
        error={e.description}
        hint={t('descriptionHint')}
      />
      <TextareaField
        idPrefix={prefix}
        label={t('crewNotes')}
        name="crewNotes"
        rows={2}
        limit={2000}
        defaultValue={v.crewNotes}
        error={e.crewNotes}
        hint={t('crewNotesHint')}
      />
      <AwardChecklist idPrefix={prefix} value={v.awardIds} error={e.awardIds} />
      <PledgeCampaignSelect idPrefix={prefix} defaultValue={v.pledgeCampaignId} error={e.pledgeCampaignId} />
      <SubmitButton>{itemId ? common('save') : t('add')}</SubmitButton>
    </form>
  );
}
