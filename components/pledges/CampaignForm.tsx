'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { useFollowRedirect } from '@/components/ui/useFollowRedirect';
import { initialFormState } from '@/lib/actions/state';
import { createCampaignAction, updateCampaignAction } from '@/lib/pledges/actions';

export type CampaignValues = { title: string; year: string; signingDue: string; body: string; targets: string };

/** Title, year, due date, the text (Markdown-lite) and the targets, one per line. */
export function CampaignForm({ campaignId, initial }: { campaignId?: number; initial: CampaignValues }) {
  const t = useTranslations('pledges.form');
  const [state, action] = useActionState(campaignId ? updateCampaignAction : createCampaignAction, initialFormState);
  useFollowRedirect(state);
  const v = { ...initial, ...state.values };
  const field = fieldsOf(v, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ campaignId }} className="space-y-4">
      <TextField label={t('title')} {...field('title')} required limit={200} key={`title-${v.title}`} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('year')}
          {...field('year')}
          type="number"
          inputMode="numeric"
          required
          key={`year-${v.year}`}
        />
        <TextField label={t('signingDue')} {...field('signingDue')} type="date" required key={`due-${v.signingDue}`} />
      </div>
      <TextareaField
        label={t('body')}
        hint={t('bodyHint')}
        {...field('body')}
        rows={12}
        required
        limit={20_000}
        key={`body-${v.body.length}`}
      />
      <TextareaField
        label={t('targets')}
        hint={t('targetsHint')}
        {...field('targets')}
        rows={6}
        required
        limit={20_000}
        key={`targets-${v.targets.length}`}
      />
      {campaignId ? <p className="text-sm text-muted">{t('versionNote')}</p> : null}
      <SubmitButton>{campaignId ? t('save') : t('create')}</SubmitButton>
    </ActionForm>
  );
}
