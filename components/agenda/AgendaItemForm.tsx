'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
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
  const field = fieldsOf(v, e, prefix);
  // React empties the form after a successful add, ready for the next item; an edit closes itself.
  useEffect(() => {
    if (state.ok) onSaved?.();
  }, [state, onSaved]);

  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ meetingId, itemId }} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('kind')}
          {...field('kind')}
          required
          key={`kind-${v.kind}`}
          placeholder={common('choose')}
          options={agendaItemKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
        />
        <TextField label={t('plannedMinutes')} {...field('plannedMinutes')} required inputMode="numeric" />
      </div>
      <TextField label={t('title')} {...field('title')} required limit={120} />
      <TextField label={names('englishName')} {...field('titleEn')} lang="en" limit={120} />
      <TextField label={t('presenters')} {...field('presenters')} limit={200} hint={t('presentersHint')} />
      <TextareaField
        label={t('description')}
        {...field('description')}
        rows={2}
        limit={2000}
        hint={t('descriptionHint')}
      />
      <TextareaField label={t('crewNotes')} {...field('crewNotes')} rows={2} limit={2000} hint={t('crewNotesHint')} />
      <AwardChecklist idPrefix={prefix} value={v.awardIds} error={e.awardIds} />
      <PledgeCampaignSelect idPrefix={prefix} defaultValue={v.pledgeCampaignId} error={e.pledgeCampaignId} />
      <SubmitButton>{itemId ? common('save') : t('add')}</SubmitButton>
    </ActionForm>
  );
}
